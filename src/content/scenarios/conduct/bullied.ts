import { END } from '../../types';
import { choose, message, safe, scenario, thinkAgain } from '../scenarioBuilder';

/**
 * A classmate posts mean (mild) messages about the child in a group chat, then
 * pushes with "can't you take a joke?". The safe path: don't reply, keep a
 * screenshot, block, report and tell a grown-up. It is never the child's fault.
 */
export const conductBullied = scenario(
  { family: 'conduct', id: 'conduct-bullied', setting: 'group-chat', messages: ['bullying', 'respond', 'kind'] },
  [
    choose('messages', { mood: 'talking', lines: 2, situation: [message('sender')] }, [
      thinkAgain('reply-mean', 'concerned'),
      safe('evidence', 'tell'),
      thinkAgain('delete-chat', 'thinking'),
    ]),
    choose('tell', { mood: 'thinking', lines: 1, situation: [message('sender')] }, [
      thinkAgain('own-fault', 'concerned'),
      thinkAgain('pretend', 'thinking'),
      safe('block-tell', END),
    ]),
  ],
);
