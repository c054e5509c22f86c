import { END } from '../../types';
import { choose, message, safe, scenario, thinkAgain } from '../scenarioBuilder';

/**
 * Someone in a game chat asks for the character's full name, school and
 * address "to send a prize", then asks for less. Personal details stay
 * private, whatever the reason given.
 */
export const contactPersonalDetails = scenario(
  {
    family: 'contact',
    id: 'contact-personal-details',
    setting: 'game-lobby',
    messages: ['private'],
    help: ['trustedAdult', 'reportButton'],
  },
  [
    choose('prize', { mood: 'talking', lines: 2, situation: [message('sender')] }, [
      thinkAgain('only-school', 'thinking'),
      safe('keep-private', 'again'),
      thinkAgain('send-all', 'concerned'),
    ]),
    choose('again', { mood: 'thinking', lines: 1, situation: [message('sender')] }, [
      thinkAgain('phone', 'concerned'),
      thinkAgain('fake-address', 'thinking'),
      safe('report-tell', END),
    ]),
  ],
);
