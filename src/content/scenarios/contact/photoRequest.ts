import type { Scenario } from '../../types';

const k = (key: string) => `contact:photoRequest.${key}`;

/**
 * A friend from a game flatters the character, then asks for a photo and
 * pushes, with a secret on top. Warning signs are shown as signs, nothing
 * more; the safe path is to say no, stop, block, report and tell. It is
 * never the child's fault.
 */
export const contactPhotoRequest: Scenario = {
  id: 'contact-photo-request',
  family: 'contact',
  setting: 'game-lobby',
  messages: ['warning', 'no', 'help'],
  title: k('title'),
  start: 'flattery',
  steps: [
    {
      id: 'flattery',
      mood: 'talking',
      lines: [k('flattery.line1'), k('flattery.line2')],
      situation: [{ from: k('friend'), text: k('flattery.message'), style: 'message' }],
      prompt: k('flattery.prompt'),
      choices: [
        {
          id: 'send',
          label: k('flattery.send.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('flattery.send.outcome1'), k('flattery.send.outcome2')],
        },
        {
          id: 'say-no',
          label: k('flattery.sayNo.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('flattery.sayNo.outcome1'), k('flattery.sayNo.outcome2')],
          next: 'pressure',
        },
        {
          id: 'ask-why',
          label: k('flattery.askWhy.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('flattery.askWhy.outcome1'), k('flattery.askWhy.outcome2')],
        },
      ],
    },
    {
      id: 'pressure',
      mood: 'thinking',
      lines: [k('pressure.line1')],
      situation: [{ from: k('friend'), text: k('pressure.message'), style: 'message' }],
      prompt: k('pressure.prompt'),
      choices: [
        {
          id: 'stop-tell',
          label: k('pressure.stopTell.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('pressure.stopTell.outcome1'), k('pressure.stopTell.outcome2')],
          next: 'end',
        },
        {
          id: 'give-in',
          label: k('pressure.giveIn.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('pressure.giveIn.outcome1'), k('pressure.giveIn.outcome2')],
        },
        {
          id: 'keep-quiet',
          label: k('pressure.keepQuiet.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('pressure.keepQuiet.outcome1'), k('pressure.keepQuiet.outcome2')],
        },
      ],
    },
  ],
  keyMessage: k('keyMessage'),
  help: ['common:help.trustedAdult', 'common:help.reportButton', 'common:help.helpline'],
  discussion: k('discussion'),
};
