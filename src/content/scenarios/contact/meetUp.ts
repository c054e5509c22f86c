import { END } from '../../types';
import { choose, message, safe, scenario, thinkAgain } from '../scenarioBuilder';

/**
 * A friend known only online suggests meeting at the park, then insists on
 * "just us" and a secret. The safe path is never to meet without a trusted
 * adult, and to tell one.
 */
export const contactMeetUp = scenario(
  { family: 'contact', id: 'contact-meet-up', setting: 'group-chat', messages: ['meet', 'warning', 'help'] },
  [
    choose('invite', { mood: 'talking', lines: 2, situation: [message('friend')] }, [
      thinkAgain('say-yes', 'concerned'),
      thinkAgain('bring-friend', 'thinking'),
      safe('not-alone', 'just-us'),
    ]),
    choose('just-us', { mood: 'thinking', lines: 1, situation: [message('friend')] }, [
      thinkAgain('keep-secret', 'thinking'),
      safe('tell-gran', END),
      thinkAgain('argue', 'concerned'),
    ]),
  ],
);
