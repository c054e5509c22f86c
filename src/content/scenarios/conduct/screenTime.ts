import type { Scenario } from '../../types';

const k = (key: string) => `conduct:screenTime.${key}`;

/**
 * It is late and the child keeps playing "one more round" while feeling tired.
 * The safe path: stop for today, then choose playing time with the family and
 * set break reminders. Everyone has a right to play and a right to rest.
 */
export const conductScreenTime: Scenario = {
  id: 'conduct-screen-time',
  family: 'conduct',
  setting: 'game-lobby',
  messages: ['balance', 'rights'],
  title: k('title'),
  start: 'late',
  steps: [
    {
      id: 'late',
      mood: 'talking',
      lines: [k('late.line1'), k('late.line2')],
      situation: [
        { text: k('late.notice'), style: 'request' },
        { from: k('teammate'), text: k('late.message'), style: 'message' },
      ],
      prompt: k('late.prompt'),
      choices: [
        {
          id: 'one-more',
          label: k('late.oneMore.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('late.oneMore.outcome1'), k('late.oneMore.outcome2')],
        },
        {
          id: 'stop',
          label: k('late.stop.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('late.stop.outcome1'), k('late.stop.outcome2')],
          next: 'plan',
        },
        {
          id: 'hide',
          label: k('late.hide.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('late.hide.outcome1'), k('late.hide.outcome2')],
        },
      ],
    },
    {
      id: 'plan',
      mood: 'thinking',
      lines: [k('plan.line1')],
      situation: [{ text: k('plan.notice'), style: 'request' }],
      prompt: k('plan.prompt'),
      choices: [
        {
          id: 'agree',
          label: k('plan.agree.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('plan.agree.outcome1'), k('plan.agree.outcome2')],
          next: 'end',
        },
        {
          id: 'no-limit',
          label: k('plan.noLimit.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('plan.noLimit.outcome1'), k('plan.noLimit.outcome2')],
        },
        {
          id: 'quit',
          label: k('plan.quit.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('plan.quit.outcome1'), k('plan.quit.outcome2')],
        },
      ],
    },
  ],
  keyMessage: k('keyMessage'),
  help: ['common:help.trustedAdult'],
  discussion: k('discussion'),
};
