import type { Scenario } from '../../types';

const k = (key: string) => `contract:appPermissions.${key}`;

/**
 * A new drawing app (for sharing pictures with the class) asks for the
 * child's location and contacts, then the microphone. The safe path is to ask
 * what the app really needs, allow only that, and decide with a grown-up.
 */
export const contractAppPermissions: Scenario = {
  id: 'contract-app-permissions',
  family: 'contract',
  setting: 'photo-sharing',
  messages: ['private', 'rights'],
  title: k('title'),
  start: 'ask',
  steps: [
    {
      id: 'ask',
      mood: 'talking',
      lines: [k('ask.line1'), k('ask.line2')],
      situation: [
        { from: k('app'), text: k('ask.location'), style: 'request' },
        { from: k('app'), text: k('ask.contacts'), style: 'request' },
      ],
      prompt: k('ask.prompt'),
      choices: [
        {
          id: 'allow-all',
          label: k('ask.allowAll.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('ask.allowAll.outcome1'), k('ask.allowAll.outcome2')],
        },
        {
          id: 'needs',
          label: k('ask.needs.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('ask.needs.outcome1'), k('ask.needs.outcome2')],
          next: 'mic',
        },
        {
          id: 'friends-only',
          label: k('ask.friendsOnly.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('ask.friendsOnly.outcome1'), k('ask.friendsOnly.outcome2')],
        },
      ],
    },
    {
      id: 'mic',
      mood: 'thinking',
      lines: [k('mic.line1')],
      situation: [{ from: k('app'), text: k('mic.request'), style: 'request' }],
      prompt: k('mic.prompt'),
      choices: [
        {
          id: 'allow',
          label: k('mic.allow.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('mic.allow.outcome1'), k('mic.allow.outcome2')],
        },
        {
          id: 'ask-adult',
          label: k('mic.askAdult.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('mic.askAdult.outcome1'), k('mic.askAdult.outcome2')],
          next: 'end',
        },
        {
          id: 'any-button',
          label: k('mic.anyButton.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('mic.anyButton.outcome1'), k('mic.anyButton.outcome2')],
        },
      ],
    },
  ],
  keyMessage: k('keyMessage'),
  help: ['common:help.trustedAdult'],
  discussion: k('discussion'),
};
