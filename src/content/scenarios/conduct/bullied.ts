import type { Scenario } from '../../types';

const k = (key: string) => `conduct:bullied.${key}`;

/**
 * A classmate posts mean (mild) messages about the child in a group chat, then
 * pushes with "can't you take a joke?". The safe path: don't reply, keep a
 * screenshot, block, report and tell a grown-up. It is never the child's fault.
 */
export const conductBullied: Scenario = {
  id: 'conduct-bullied',
  family: 'conduct',
  setting: 'group-chat',
  messages: ['bullying', 'respond', 'kind'],
  title: k('title'),
  start: 'messages',
  steps: [
    {
      id: 'messages',
      mood: 'talking',
      lines: [k('messages.line1'), k('messages.line2')],
      situation: [{ from: k('sender'), text: k('messages.message'), style: 'message' }],
      prompt: k('messages.prompt'),
      choices: [
        {
          id: 'reply-mean',
          label: k('messages.replyMean.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('messages.replyMean.outcome1'), k('messages.replyMean.outcome2')],
        },
        {
          id: 'evidence',
          label: k('messages.evidence.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('messages.evidence.outcome1'), k('messages.evidence.outcome2')],
          next: 'tell',
        },
        {
          id: 'delete-chat',
          label: k('messages.deleteChat.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('messages.deleteChat.outcome1'), k('messages.deleteChat.outcome2')],
        },
      ],
    },
    {
      id: 'tell',
      mood: 'thinking',
      lines: [k('tell.line1')],
      situation: [{ from: k('sender'), text: k('tell.message'), style: 'message' }],
      prompt: k('tell.prompt'),
      choices: [
        {
          id: 'own-fault',
          label: k('tell.ownFault.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('tell.ownFault.outcome1'), k('tell.ownFault.outcome2')],
        },
        {
          id: 'pretend',
          label: k('tell.pretend.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('tell.pretend.outcome1'), k('tell.pretend.outcome2')],
        },
        {
          id: 'block-tell',
          label: k('tell.blockTell.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('tell.blockTell.outcome1'), k('tell.blockTell.outcome2')],
          next: 'end',
        },
      ],
    },
  ],
  keyMessage: k('keyMessage'),
  help: ['common:help.trustedAdult', 'common:help.reportButton', 'common:help.helpline'],
  discussion: k('discussion'),
};
