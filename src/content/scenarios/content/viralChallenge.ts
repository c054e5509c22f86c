import type { Scenario } from '../../types';

const k = (key: string) => `content:viralChallenge.${key}`;

/**
 * Friends in a video app dare each other to try a risky stunt "challenge"
 * (jumping down stairs with closed eyes). Nothing is shown happening. The safe
 * path: say no, don't pass it on, talk to a trusted adult.
 */
export const contentViralChallenge: Scenario = {
  id: 'content-viral-challenge',
  family: 'content',
  setting: 'video-app',
  messages: ['no', 'trust'],
  title: k('title'),
  start: 'dare',
  steps: [
    {
      id: 'dare',
      mood: 'talking',
      lines: [k('dare.line1'), k('dare.line2')],
      situation: [{ from: k('friend'), text: k('dare.message'), style: 'message' }],
      prompt: k('dare.prompt'),
      choices: [
        {
          id: 'say-no',
          label: k('dare.sayNo.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('dare.sayNo.outcome1'), k('dare.sayNo.outcome2')],
          next: 'share',
        },
        {
          id: 'try-it',
          label: k('dare.tryIt.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('dare.tryIt.outcome1'), k('dare.tryIt.outcome2')],
        },
        {
          id: 'later',
          label: k('dare.later.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('dare.later.outcome1'), k('dare.later.outcome2')],
        },
      ],
    },
    {
      id: 'share',
      mood: 'thinking',
      lines: [k('share.line1')],
      situation: [{ from: k('friend2'), text: k('share.message'), style: 'message' }],
      prompt: k('share.prompt'),
      choices: [
        {
          id: 'share-it',
          label: k('share.shareIt.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('share.shareIt.outcome1'), k('share.shareIt.outcome2')],
        },
        {
          id: 'talk',
          label: k('share.talk.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('share.talk.outcome1'), k('share.talk.outcome2')],
          next: 'end',
        },
        {
          id: 'scroll',
          label: k('share.scroll.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('share.scroll.outcome1'), k('share.scroll.outcome2')],
        },
      ],
    },
  ],
  keyMessage: k('keyMessage'),
  help: ['common:help.trustedAdult', 'common:help.reportButton'],
  discussion: k('discussion'),
};
