import { END } from '../../types';
import { choose, message, notice, safe, scenario, thinkAgain } from '../scenarioBuilder';

/**
 * A best friend asks for the child's game password "to level you up". The
 * safe path: say no kindly (passwords stay private, even with friends), then
 * pick a strong passphrase of three random words.
 */
export const conductPassword = scenario(
  {
    family: 'conduct',
    id: 'conduct-password',
    setting: 'game-lobby',
    messages: ['devices', 'private'],
    help: ['trustedAdult', 'reportButton'],
  },
  [
    choose('ask', { mood: 'talking', lines: 2, situation: [message('friend')] }, [
      thinkAgain('share', 'concerned'),
      thinkAgain('hint', 'thinking'),
      safe('say-no', 'new-password'),
    ]),
    choose('new-password', { mood: 'thinking', lines: 2, situation: [notice()] }, [
      thinkAgain('name-year', 'thinking'),
      safe('three-words', END),
      thinkAgain('numbers', 'thinking'),
    ]),
  ],
);
