import type { PracticeStep, Scenario } from '../../types';

const k = (key: string) => `contact:friendRequest.${key}`;

/**
 * Practice: after choosing to block and report, the child does it in a
 * pretend lobby chat: the ⋯ menu, Report with a reason, then Block. Replying
 * instead brings one more pushy message, and Tiko rewinds.
 */
const reportInTheChat: PracticeStep = {
  kind: 'practice',
  id: 'report',
  mood: 'talking',
  lines: [k('report.line1')],
  situation: [],
  task: {
    task: 'chat-report-block',
    app: 'chat',
    contact: k('stranger'),
    messages: [k('secret.message')],
    instruction: k('report.instruction'),
    reasons: [
      { id: 'secret', label: k('report.reasons.secret') },
      { id: 'private', label: k('report.reasons.private') },
      { id: 'uneasy', label: k('report.reasons.uneasy') },
    ],
    reply: {
      id: 'reply',
      text: k('report.reply.text'),
      answer: k('report.reply.answer'),
      outcome: [k('report.reply.outcome1'), k('report.reply.outcome2')],
    },
  },
  outcome: [k('report.outcome1'), k('report.outcome2')],
  next: 'end',
};

/**
 * A stranger sends a friend request in a game lobby, then pushes for a
 * private, secret chat. Warning signs are shown as signs; the safe path is
 * to check, not reply, block, report and tell.
 */
export const contactFriendRequest: Scenario = {
  id: 'contact-friend-request',
  family: 'contact',
  setting: 'game-lobby',
  messages: ['warning', 'respond', 'help', 'private'],
  title: k('title'),
  start: 'request',
  steps: [
    {
      id: 'request',
      mood: 'talking',
      lines: [k('request.line1'), k('request.line2')],
      situation: [
        { from: k('stranger'), text: k('request.notification'), style: 'request' },
      ],
      prompt: k('request.prompt'),
      choices: [
        {
          id: 'accept',
          label: k('request.accept.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('request.accept.outcome1'), k('request.accept.outcome2')],
        },
        {
          id: 'check',
          label: k('request.check.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('request.check.outcome1'), k('request.check.outcome2')],
          next: 'secret',
        },
        {
          id: 'school',
          label: k('request.school.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('request.school.outcome1'), k('request.school.outcome2')],
        },
      ],
    },
    {
      id: 'secret',
      mood: 'thinking',
      lines: [k('secret.line1')],
      situation: [{ from: k('stranger'), text: k('secret.message'), style: 'message' }],
      prompt: k('secret.prompt'),
      choices: [
        {
          id: 'private-chat',
          label: k('secret.privateChat.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('secret.privateChat.outcome1'), k('secret.privateChat.outcome2')],
        },
        {
          id: 'keep-secret',
          label: k('secret.keepSecret.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('secret.keepSecret.outcome1'), k('secret.keepSecret.outcome2')],
        },
        {
          id: 'block-tell',
          label: k('secret.blockTell.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('secret.blockTell.outcome1'), k('secret.blockTell.outcome2')],
          next: 'report',
        },
      ],
    },
    reportInTheChat,
  ],
  keyMessage: k('keyMessage'),
  help: ['common:help.trustedAdult', 'common:help.reportButton', 'common:help.helpline'],
  discussion: k('discussion'),
};
