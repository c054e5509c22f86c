import type { Scenario } from '../../types';

const k = (key: string) => `conduct:password.${key}`;

/**
 * A best friend asks for the child's game password "to level you up". The
 * safe path: say no kindly (passwords stay private, even with friends), then
 * pick a strong passphrase of three random words.
 */
export const conductPassword: Scenario = {
  id: 'conduct-password',
  family: 'conduct',
  setting: 'game-lobby',
  messages: ['devices', 'private'],
  title: k('title'),
  start: 'ask',
  steps: [
    {
      id: 'ask',
      mood: 'talking',
      lines: [k('ask.line1'), k('ask.line2')],
      situation: [{ from: k('friend'), text: k('ask.message'), style: 'message' }],
      prompt: k('ask.prompt'),
      choices: [
        {
          id: 'share',
          label: k('ask.share.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('ask.share.outcome1'), k('ask.share.outcome2')],
        },
        {
          id: 'hint',
          label: k('ask.hint.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('ask.hint.outcome1'), k('ask.hint.outcome2')],
        },
        {
          id: 'say-no',
          label: k('ask.sayNo.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('ask.sayNo.outcome1'), k('ask.sayNo.outcome2')],
          next: 'new-password',
        },
      ],
    },
    {
      id: 'new-password',
      mood: 'thinking',
      lines: [k('newPassword.line1'), k('newPassword.line2')],
      situation: [{ text: k('newPassword.notice'), style: 'notice' }],
      prompt: k('newPassword.prompt'),
      choices: [
        {
          id: 'name-year',
          label: k('newPassword.nameYear.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('newPassword.nameYear.outcome1'), k('newPassword.nameYear.outcome2')],
        },
        {
          id: 'three-words',
          label: k('newPassword.threeWords.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('newPassword.threeWords.outcome1'), k('newPassword.threeWords.outcome2')],
          next: 'end',
        },
        {
          id: 'numbers',
          label: k('newPassword.numbers.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('newPassword.numbers.outcome1'), k('newPassword.numbers.outcome2')],
        },
      ],
    },
  ],
  keyMessage: k('keyMessage'),
  help: ['common:help.trustedAdult', 'common:help.reportButton'],
  discussion: k('discussion'),
};
