import { END, type PracticeStep } from '../../types';
import { choose, message, notice, safe, scenario, thinkAgain, type ScenarioKey } from '../scenarioBuilder';

/**
 * Practice: in the class group chat, keep a screenshot as proof, then report
 * and block the sender. Answering back makes the pile-on grow; deleting the
 * chat first loses the proof. Tiko rewinds either way.
 */
const keepTheProof = (k: ScenarioKey): PracticeStep => ({
  kind: 'practice',
  id: 'evidence',
  mood: 'talking',
  lines: [k('evidence.line1')],
  situation: [],
  task: {
    task: 'evidence-block',
    app: 'group-chat',
    group: k('evidence.group'),
    sender: k('sender'),
    instruction: k('evidence.instruction'),
    messages: [
      { from: k('sender'), text: k('messages.message') },
      { from: k('evidence.classmate'), text: k('evidence.laugh') },
      { from: k('sender'), text: k('evidence.push') },
    ],
    answerBack: {
      id: 'answer-back',
      text: k('evidence.answerBack.text'),
      pileOn: [
        { from: k('sender'), text: k('evidence.answerBack.pile1') },
        { from: k('evidence.classmate'), text: k('evidence.answerBack.pile2') },
      ],
      outcome: [k('evidence.answerBack.outcome1'), k('evidence.answerBack.outcome2')],
    },
    deleteChat: {
      id: 'delete-chat',
      result: k('evidence.deleteChat.result'),
      outcome: [k('evidence.deleteChat.outcome1'), k('evidence.deleteChat.outcome2')],
    },
  },
  outcome: [k('evidence.outcome1'), k('evidence.outcome2')],
  next: 'tell',
});

/**
 * A classmate posts mean (mild) messages about the child in a group chat, then
 * pushes with "can't you take a joke?". The safe path: don't reply, keep a
 * screenshot, block, report (done in the app) and tell a grown-up. It is never
 * the child's fault.
 */
export const conductBullied = scenario(
  { family: 'conduct', id: 'conduct-bullied', setting: 'group-chat', messages: ['bullying', 'respond', 'kind'] },
  [
    choose('messages', { mood: 'talking', lines: 2, situation: [message('sender')] }, [
      thinkAgain('reply-mean', 'concerned', 2),
      safe('evidence', 'evidence', { outcomes: 1 }),
      thinkAgain('delete-chat', 'thinking', 2),
    ]),
    keepTheProof,
    choose('tell', { mood: 'thinking', lines: 1, situation: [notice()] }, [
      thinkAgain('show-class', 'concerned', 2),
      safe('tell-mum', END, { outcomes: 2 }),
      thinkAgain('keep-quiet', 'thinking', 2),
    ]),
  ],
);
