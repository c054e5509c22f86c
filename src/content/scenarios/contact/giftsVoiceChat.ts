import type { Scenario } from '../../types';

const k = (key: string) => `contact:giftsVoiceChat.${key}`;

/**
 * In a game's voice chat, an older player keeps sending free gifts, then
 * says "you owe me, and keep it secret". Gifts and secrets are warning
 * signs; the child can say no, and telling never gets them into trouble.
 */
export const contactGiftsVoiceChat: Scenario = {
  id: 'contact-gifts-voice-chat',
  family: 'contact',
  setting: 'in-game-shop',
  messages: ['warning', 'help', 'no'],
  title: k('title'),
  start: 'gifts',
  steps: [
    {
      id: 'gifts',
      mood: 'talking',
      lines: [k('gifts.line1'), k('gifts.line2')],
      situation: [
        { from: k('player'), text: k('gifts.gift'), style: 'request' },
        { from: k('player'), text: k('gifts.voice'), style: 'message' },
      ],
      prompt: k('gifts.prompt'),
      choices: [
        {
          id: 'decline',
          label: k('gifts.decline.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('gifts.decline.outcome1'), k('gifts.decline.outcome2')],
          next: 'owe',
        },
        {
          id: 'accept',
          label: k('gifts.accept.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('gifts.accept.outcome1'), k('gifts.accept.outcome2')],
        },
        {
          id: 'give-back',
          label: k('gifts.giveBack.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('gifts.giveBack.outcome1'), k('gifts.giveBack.outcome2')],
        },
      ],
    },
    {
      id: 'owe',
      mood: 'thinking',
      lines: [k('owe.line1')],
      situation: [{ from: k('player'), text: k('owe.voice'), style: 'message' }],
      prompt: k('owe.prompt'),
      choices: [
        {
          id: 'keep-secret',
          label: k('owe.keepSecret.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('owe.keepSecret.outcome1'), k('owe.keepSecret.outcome2')],
        },
        {
          id: 'leave-tell',
          label: k('owe.leaveTell.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('owe.leaveTell.outcome1'), k('owe.leaveTell.outcome2')],
          next: 'end',
        },
        {
          id: 'ask-what',
          label: k('owe.askWhat.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('owe.askWhat.outcome1'), k('owe.askWhat.outcome2')],
        },
      ],
    },
  ],
  keyMessage: k('keyMessage'),
  help: ['common:help.trustedAdult', 'common:help.reportButton', 'common:help.helpline'],
  discussion: k('discussion'),
};
