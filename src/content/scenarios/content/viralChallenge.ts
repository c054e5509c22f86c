import { END } from '../../types';
import { choose, message, safe, scenario, thinkAgain } from '../scenarioBuilder';
import { spotCluesStep } from './spotCluesStep';

/**
 * Friends in a video app dare each other to try a risky stunt "challenge"
 * (jumping down stairs with closed eyes). Nothing is shown happening. The safe
 * path: say no, spot what makes the dare spread and don't pass it on (sending
 * it to the school group plays out), then talk to a trusted adult.
 */
export const contentViralChallenge = scenario(
  {
    family: 'content',
    id: 'content-viral-challenge',
    setting: 'video-app',
    messages: ['no', 'trust'],
    help: ['trustedAdult', 'reportButton'],
  },
  [
    choose('dare', { mood: 'talking', lines: 2, situation: [message('friend')] }, [
      safe('say-no', 'clues', { outcomes: 1 }),
      thinkAgain('try-it', 'concerned', 1),
      thinkAgain('later', 'thinking', 1),
    ]),
    spotCluesStep({
      id: 'clues',
      app: 'chat',
      parts: [
        ['posted-by', 'top', false],
        ['views', 'top', true],
        ['tag', 'bottom', true],
        ['cut', 'bottom', true],
        ['song', 'bottom', false],
      ],
      lessSafe: [['send-school', 2]],
      safe: 'not-interested',
      next: 'share',
    }),
    choose('share', { mood: 'thinking', lines: 1, situation: [message('friend2')] }, [
      thinkAgain('wait', 'concerned', 1),
      safe('talk', END, { outcomes: 1 }),
      thinkAgain('scroll', 'thinking', 1),
    ]),
  ],
);
