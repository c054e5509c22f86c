import type { Scenario } from '../../types';

const k = (key: string) => `contract:rightsTerms.${key}`;

/**
 * A new video app asks the child to tick "I agree" to very long terms. The
 * safe path is to read them with a trusted adult, understand what they say
 * (sharing name, videos and location), and know that saying no is OK.
 */
export const contractRightsTerms: Scenario = {
  id: 'contract-rights-terms',
  family: 'contract',
  setting: 'video-app',
  messages: ['rights', 'help', 'no'],
  title: k('title'),
  start: 'terms',
  steps: [
    {
      id: 'terms',
      mood: 'talking',
      lines: [k('terms.line1'), k('terms.line2')],
      situation: [{ text: k('terms.message'), style: 'request' }],
      prompt: k('terms.prompt'),
      choices: [
        {
          id: 'tick-now',
          label: k('terms.tickNow.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('terms.tickNow.outcome1'), k('terms.tickNow.outcome2')],
        },
        {
          id: 'read-alone',
          label: k('terms.readAlone.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('terms.readAlone.outcome1'), k('terms.readAlone.outcome2')],
        },
        {
          id: 'ask-adult',
          label: k('terms.askAdult.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('terms.askAdult.outcome1'), k('terms.askAdult.outcome2')],
          next: 'share',
        },
      ],
    },
    {
      id: 'share',
      mood: 'thinking',
      lines: [k('share.line1')],
      situation: [{ text: k('share.message'), style: 'notice' }],
      prompt: k('share.prompt'),
      choices: [
        {
          id: 'say-no',
          label: k('share.sayNo.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('share.sayNo.outcome1'), k('share.sayNo.outcome2')],
          next: 'end',
        },
        {
          id: 'tick-anyway',
          label: k('share.tickAnyway.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('share.tickAnyway.outcome1'), k('share.tickAnyway.outcome2')],
        },
        {
          id: 'hope',
          label: k('share.hope.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('share.hope.outcome1'), k('share.hope.outcome2')],
        },
      ],
    },
  ],
  keyMessage: k('keyMessage'),
  help: ['common:help.trustedAdult', 'common:help.helpline'],
  discussion: k('discussion'),
};
