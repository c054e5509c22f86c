import { END } from '../../types';
import { choose, message, notice, safe, scenario, thinkAgain } from '../scenarioBuilder';

/**
 * A shocking "news" post lands in the class group chat and asks to be shared
 * fast. The safe path: slow down, check who made it, and see whether other
 * trusted sources agree before sharing anything.
 */
export const contentFakeNews = scenario(
  { family: 'content', id: 'content-fake-news', setting: 'group-chat', messages: ['trust'], help: ['trustedAdult', 'reportButton'] },
  [
    choose('post', { mood: 'talking', lines: 2, situation: [message('classmate')] }, [
      thinkAgain('share-now', 'concerned'),
      thinkAgain('believe', 'thinking'),
      safe('pause', 'check'),
    ]),
    choose('check', { mood: 'thinking', lines: 1, situation: [notice()] }, [
      safe('other-sources', END),
      thinkAgain('ask-chat', 'thinking'),
      thinkAgain('maybe-true', 'concerned'),
    ]),
  ],
);
