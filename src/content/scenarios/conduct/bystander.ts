import type { Scenario } from '../../types';

const k = (key: string) => `conduct:bystander.${key}`;

/**
 * Classmates laugh at an edited photo of another pupil in the class group
 * chat. The photo itself is never shown, only the signs. The safe path: don't
 * join in or share, support the target privately, report and tell a grown-up.
 */
export const conductBystander: Scenario = {
  id: 'conduct-bystander',
  family: 'conduct',
  setting: 'group-chat',
  messages: ['bullying', 'kind'],
  title: k('title'),
  start: 'photo',
  steps: [
    {
      id: 'photo',
      mood: 'talking',
      lines: [k('photo.line1'), k('photo.line2')],
      situation: [
        { from: k('sender'), text: k('photo.message'), style: 'message' },
        { text: k('photo.notice'), style: 'notice' },
      ],
      prompt: k('photo.prompt'),
      choices: [
        {
          id: 'support',
          label: k('photo.support.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('photo.support.outcome1'), k('photo.support.outcome2')],
          next: 'tell',
        },
        {
          id: 'laugh',
          label: k('photo.laugh.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('photo.laugh.outcome1'), k('photo.laugh.outcome2')],
        },
        {
          id: 'share',
          label: k('photo.share.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('photo.share.outcome1'), k('photo.share.outcome2')],
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
          id: 'stay-quiet',
          label: k('tell.stayQuiet.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('tell.stayQuiet.outcome1'), k('tell.stayQuiet.outcome2')],
        },
        {
          id: 'tell-teacher',
          label: k('tell.tellTeacher.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('tell.tellTeacher.outcome1'), k('tell.tellTeacher.outcome2')],
          next: 'end',
        },
        {
          id: 'fight-back',
          label: k('tell.fightBack.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('tell.fightBack.outcome1'), k('tell.fightBack.outcome2')],
        },
      ],
    },
  ],
  keyMessage: k('keyMessage'),
  help: ['common:help.trustedAdult', 'common:help.reportButton', 'common:help.helpline'],
  discussion: k('discussion'),
};
