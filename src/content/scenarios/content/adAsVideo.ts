import { END } from '../../types';
import { choose, message, safe, scenario, thinkAgain } from '../scenarioBuilder';
import { spotCluesStep } from './spotCluesStep';

/**
 * A "review" of a game outfit is really a paid ad, and it ends with a
 * "free" offer that asks for a game password through a link. The safe path:
 * find the clues under the video ("Paid partnership", a shop code, a
 * look-alike link), keep the coins (buying with the code plays out), and never
 * log in through a link.
 */
export const contentAdAsVideo = scenario(
  {
    family: 'content',
    id: 'content-ad-as-video',
    setting: 'video-app',
    messages: ['trust', 'scams'],
    help: ['trustedAdult', 'reportButton'],
  },
  [
    choose('review', { mood: 'talking', lines: 2, situation: [message('creator')] }, [
      thinkAgain('believe', 'thinking', 1),
      safe('look-closer', 'clues', { outcomes: 1 }),
      thinkAgain('buy-now', 'concerned', 1),
    ]),
    spotCluesStep({
      id: 'clues',
      app: 'video',
      parts: [
        ['channel', 'top', false],
        ['posted', 'top', false],
        ['paid', 'bottom', true],
        ['code', 'bottom', true],
        ['link', 'bottom', true],
      ],
      lessSafe: [['buy-code', 2]],
      safe: 'compare',
      next: 'link',
    }),
    choose('link', { mood: 'thinking', lines: 1, situation: [message('creator')] }, [
      thinkAgain('log-in', 'concerned', 1),
      thinkAgain('tell-after', 'thinking', 1),
      safe('ask-mum', END, { outcomes: 1 }),
    ]),
  ],
);
