import type { Scenario } from '../../types';

const k = (key: string) => `contact:personalDetails.${key}`;

/**
 * Someone in a game chat asks for the character's full name, school and
 * address "to send a prize", then asks for less. Personal details stay
 * private, whatever the reason given.
 */
export const contactPersonalDetails: Scenario = {
  id: 'contact-personal-details',
  family: 'contact',
  setting: 'game-lobby',
  messages: ['private'],
  title: k('title'),
  start: 'prize',
  steps: [
    {
      id: 'prize',
      mood: 'talking',
      lines: [k('prize.line1'), k('prize.line2')],
      situation: [{ from: k('sender'), text: k('prize.message'), style: 'message' }],
      prompt: k('prize.prompt'),
      choices: [
        {
          id: 'only-school',
          label: k('prize.onlySchool.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('prize.onlySchool.outcome1'), k('prize.onlySchool.outcome2')],
        },
        {
          id: 'keep-private',
          label: k('prize.keepPrivate.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('prize.keepPrivate.outcome1'), k('prize.keepPrivate.outcome2')],
          next: 'again',
        },
        {
          id: 'send-all',
          label: k('prize.sendAll.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('prize.sendAll.outcome1'), k('prize.sendAll.outcome2')],
        },
      ],
    },
    {
      id: 'again',
      mood: 'thinking',
      lines: [k('again.line1')],
      situation: [{ from: k('sender'), text: k('again.message'), style: 'message' }],
      prompt: k('again.prompt'),
      choices: [
        {
          id: 'phone',
          label: k('again.phone.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('again.phone.outcome1'), k('again.phone.outcome2')],
        },
        {
          id: 'fake-address',
          label: k('again.fakeAddress.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('again.fakeAddress.outcome1'), k('again.fakeAddress.outcome2')],
        },
        {
          id: 'report-tell',
          label: k('again.reportTell.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('again.reportTell.outcome1'), k('again.reportTell.outcome2')],
          next: 'end',
        },
      ],
    },
  ],
  keyMessage: k('keyMessage'),
  help: ['common:help.trustedAdult', 'common:help.reportButton'],
  discussion: k('discussion'),
};
