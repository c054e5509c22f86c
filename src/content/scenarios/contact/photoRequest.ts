import { END } from '../../types';
import { choose, message, safe, scenario, thinkAgain } from '../scenarioBuilder';

/**
 * A friend from a game flatters the character, then asks for a photo and
 * pushes, with a secret on top. Warning signs are shown as signs, nothing
 * more; the safe path is to say no, stop, block, report and tell. It is
 * never the child's fault.
 */
export const contactPhotoRequest = scenario(
  { family: 'contact', id: 'contact-photo-request', setting: 'game-lobby', messages: ['warning', 'no', 'help'] },
  [
    choose('flattery', { mood: 'talking', lines: 2, situation: [message('friend')] }, [
      thinkAgain('send', 'concerned'),
      safe('say-no', 'pressure'),
      thinkAgain('ask-why', 'thinking'),
    ]),
    choose('pressure', { mood: 'thinking', lines: 1, situation: [message('friend')] }, [
      safe('stop-tell', END),
      thinkAgain('give-in', 'concerned'),
      thinkAgain('keep-quiet', 'thinking'),
    ]),
  ],
);
