import { END } from '../../types';
import { choose, message, notice, safe, scenario, thinkAgain } from '../scenarioBuilder';

/**
 * A "review" of a game outfit is really a paid ad, and it ends with a
 * "free" offer that asks for a game password through a link. The safe path:
 * spot the ad label, don't believe everything, never log in through a link.
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
    choose('review', { mood: 'talking', lines: 2, situation: [message('creator'), notice()] }, [
      thinkAgain('believe', 'thinking'),
      safe('spot-ad', 'link'),
      thinkAgain('buy-now', 'concerned'),
    ]),
    choose('link', { mood: 'thinking', lines: 1, situation: [message('creator')] }, [
      thinkAgain('log-in', 'concerned'),
      thinkAgain('send-friends', 'thinking'),
      safe('ask-mum', END),
    ]),
  ],
);
