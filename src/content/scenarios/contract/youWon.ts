import type { Scenario } from '../../types';

const k = (key: string) => `contract:youWon.${key}`;

/**
 * A "You won a tablet!" pop-up asks for personal details, then comes back
 * asking for "just" a phone number and a secret. The safe path is to close
 * it without clicking inside, give nothing, and show a grown-up.
 */
export const contractYouWon: Scenario = {
  id: 'contract-you-won',
  family: 'contract',
  setting: 'pop-up',
  messages: ['scams', 'private'],
  title: k('title'),
  start: 'popup',
  steps: [
    {
      id: 'popup',
      mood: 'talking',
      lines: [k('popup.line1'), k('popup.line2')],
      situation: [{ text: k('popup.message'), style: 'request' }],
      prompt: k('popup.prompt'),
      choices: [
        {
          id: 'fill',
          label: k('popup.fill.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('popup.fill.outcome1'), k('popup.fill.outcome2')],
        },
        {
          id: 'close',
          label: k('popup.close.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('popup.close.outcome1'), k('popup.close.outcome2')],
          next: 'again',
        },
        {
          id: 'peek',
          label: k('popup.peek.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('popup.peek.outcome1'), k('popup.peek.outcome2')],
        },
      ],
    },
    {
      id: 'again',
      mood: 'thinking',
      lines: [k('again.line1')],
      situation: [{ text: k('again.message'), style: 'request' }],
      prompt: k('again.prompt'),
      choices: [
        {
          id: 'close-tell',
          label: k('again.closeTell.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('again.closeTell.outcome1'), k('again.closeTell.outcome2')],
          next: 'end',
        },
        {
          id: 'phone',
          label: k('again.phone.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('again.phone.outcome1'), k('again.phone.outcome2')],
        },
        {
          id: 'quiet',
          label: k('again.quiet.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('again.quiet.outcome1'), k('again.quiet.outcome2')],
        },
      ],
    },
  ],
  keyMessage: k('keyMessage'),
  help: ['common:help.trustedAdult', 'common:help.helpline'],
  discussion: k('discussion'),
};
