import { END } from '../../types';
import { choose, message, safe, scenario, thinkAgain } from '../scenarioBuilder';

/**
 * Friends in a video app dare each other to try a risky stunt "challenge"
 * (jumping down stairs with closed eyes). Nothing is shown happening. The safe
 * path: say no, don't pass it on, talk to a trusted adult.
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
      safe('say-no', 'share'),
      thinkAgain('try-it', 'concerned'),
      thinkAgain('later', 'thinking'),
    ]),
    choose('share', { mood: 'thinking', lines: 1, situation: [message('friend2')] }, [
      thinkAgain('share-it', 'concerned'),
      safe('talk', END),
      thinkAgain('scroll', 'thinking'),
    ]),
  ],
);
