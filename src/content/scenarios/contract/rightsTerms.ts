import { END } from '../../types';
import { choose, notice, request, safe, scenario, thinkAgain } from '../scenarioBuilder';

/**
 * A new video app asks the child to tick "I agree" to very long terms. The
 * safe path is to read them with a trusted adult, understand what they say
 * (sharing name, videos and location), and know that saying no is OK.
 */
export const contractRightsTerms = scenario(
  {
    family: 'contract',
    id: 'contract-rights-terms',
    setting: 'video-app',
    messages: ['rights', 'help', 'no'],
    help: ['trustedAdult', 'helpline'],
  },
  [
    choose('terms', { mood: 'talking', lines: 2, situation: [request()] }, [
      thinkAgain('tick-now', 'concerned'),
      thinkAgain('read-alone', 'thinking'),
      safe('ask-adult', 'share'),
    ]),
    choose('share', { mood: 'thinking', lines: 1, situation: [notice()] }, [
      safe('say-no', END),
      thinkAgain('tick-anyway', 'concerned'),
      thinkAgain('hope', 'thinking'),
    ]),
  ],
);
