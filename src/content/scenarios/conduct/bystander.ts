import { END } from '../../types';
import { choose, message, notice, safe, scenario, thinkAgain } from '../scenarioBuilder';

/**
 * Classmates laugh at an edited photo of another pupil in the class group
 * chat. The photo itself is never shown, only the signs. The safe path: don't
 * join in or share, support the target privately, report and tell a grown-up.
 */
export const conductBystander = scenario(
  { family: 'conduct', id: 'conduct-bystander', setting: 'group-chat', messages: ['bullying', 'kind'] },
  [
    choose('photo', { mood: 'talking', lines: 2, situation: [message('sender'), notice()] }, [
      safe('support', 'tell'),
      thinkAgain('laugh', 'concerned'),
      thinkAgain('share', 'concerned'),
    ]),
    choose('tell', { mood: 'thinking', lines: 1, situation: [message('sender')] }, [
      thinkAgain('stay-quiet', 'thinking'),
      safe('tell-teacher', END),
      thinkAgain('fight-back', 'concerned'),
    ]),
  ],
);
