import type { Scenario } from '../../types';

const k = (key: string) => `contact:meetUp.${key}`;

/**
 * A friend known only online suggests meeting at the park, then insists on
 * "just us" and a secret. The safe path is never to meet without a trusted
 * adult, and to tell one.
 */
export const contactMeetUp: Scenario = {
  id: 'contact-meet-up',
  family: 'contact',
  setting: 'group-chat',
  messages: ['meet', 'warning', 'help'],
  title: k('title'),
  start: 'invite',
  steps: [
    {
      id: 'invite',
      mood: 'talking',
      lines: [k('invite.line1'), k('invite.line2')],
      situation: [{ from: k('friend'), text: k('invite.message'), style: 'message' }],
      prompt: k('invite.prompt'),
      choices: [
        {
          id: 'say-yes',
          label: k('invite.sayYes.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('invite.sayYes.outcome1'), k('invite.sayYes.outcome2')],
        },
        {
          id: 'bring-friend',
          label: k('invite.bringFriend.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('invite.bringFriend.outcome1'), k('invite.bringFriend.outcome2')],
        },
        {
          id: 'not-alone',
          label: k('invite.notAlone.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('invite.notAlone.outcome1'), k('invite.notAlone.outcome2')],
          next: 'just-us',
        },
      ],
    },
    {
      id: 'just-us',
      mood: 'thinking',
      lines: [k('justUs.line1')],
      situation: [{ from: k('friend'), text: k('justUs.message'), style: 'message' }],
      prompt: k('justUs.prompt'),
      choices: [
        {
          id: 'keep-secret',
          label: k('justUs.keepSecret.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('justUs.keepSecret.outcome1'), k('justUs.keepSecret.outcome2')],
        },
        {
          id: 'tell-gran',
          label: k('justUs.tellGran.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('justUs.tellGran.outcome1'), k('justUs.tellGran.outcome2')],
          next: 'end',
        },
        {
          id: 'argue',
          label: k('justUs.argue.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('justUs.argue.outcome1'), k('justUs.argue.outcome2')],
        },
      ],
    },
  ],
  keyMessage: k('keyMessage'),
  help: ['common:help.trustedAdult', 'common:help.reportButton', 'common:help.helpline'],
  discussion: k('discussion'),
};
