import { END } from '../../types';
import { choose, message, notice, safe, scenario, thinkAgain } from '../scenarioBuilder';
import { spotCluesStep } from './spotCluesStep';

/**
 * A shocking "news" post lands in the class group chat and asks to be shared
 * fast. The safe path: slow down, find the clues in the post (a look-alike
 * account, no date, a rush to share), and see whether trusted sources agree.
 * In the practice, sharing it plays out: the rumour spreads in the cousins' chat.
 */
export const contentFakeNews = scenario(
  { family: 'content', id: 'content-fake-news', setting: 'group-chat', messages: ['trust'], help: ['trustedAdult', 'reportButton'] },
  [
    choose('post', { mood: 'talking', lines: 2, situation: [message('classmate')] }, [
      thinkAgain('share-now', 'concerned', 1),
      thinkAgain('believe', 'thinking', 1),
      safe('pause', 'clues', { outcomes: 1 }),
    ]),
    spotCluesStep({
      id: 'clues',
      app: 'chat',
      parts: [
        ['shared-by', 'top', false],
        ['account', 'top', true],
        ['date', 'top', true],
        ['photo', 'bottom', false],
        ['rush', 'bottom', true],
      ],
      lessSafe: [['share-cousins', 2]],
      safe: 'check-first',
      next: 'check',
    }),
    choose('check', { mood: 'thinking', lines: 1, situation: [notice()] }, [
      safe('other-sources', END, { outcomes: 1 }),
      thinkAgain('ask-chat', 'thinking', 1),
      thinkAgain('maybe-true', 'concerned', 1),
    ]),
  ],
);
