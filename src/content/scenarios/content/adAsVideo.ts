import type { Scenario } from '../../types';

const k = (key: string) => `content:adAsVideo.${key}`;

/**
 * A "review" of a game outfit is really a paid ad, and it ends with a
 * "free" offer that asks for a game password through a link. The safe path:
 * spot the ad label, don't believe everything, never log in through a link.
 */
export const contentAdAsVideo: Scenario = {
  id: 'content-ad-as-video',
  family: 'content',
  setting: 'video-app',
  messages: ['trust', 'scams'],
  title: k('title'),
  start: 'review',
  steps: [
    {
      id: 'review',
      mood: 'talking',
      lines: [k('review.line1'), k('review.line2')],
      situation: [
        { from: k('creator'), text: k('review.message'), style: 'message' },
        { text: k('review.notice'), style: 'notice' },
      ],
      prompt: k('review.prompt'),
      choices: [
        {
          id: 'believe',
          label: k('review.believe.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('review.believe.outcome1'), k('review.believe.outcome2')],
        },
        {
          id: 'spot-ad',
          label: k('review.spotAd.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('review.spotAd.outcome1'), k('review.spotAd.outcome2')],
          next: 'link',
        },
        {
          id: 'buy-now',
          label: k('review.buyNow.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('review.buyNow.outcome1'), k('review.buyNow.outcome2')],
        },
      ],
    },
    {
      id: 'link',
      mood: 'thinking',
      lines: [k('link.line1')],
      situation: [{ from: k('creator'), text: k('link.message'), style: 'message' }],
      prompt: k('link.prompt'),
      choices: [
        {
          id: 'log-in',
          label: k('link.logIn.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('link.logIn.outcome1'), k('link.logIn.outcome2')],
        },
        {
          id: 'send-friends',
          label: k('link.sendFriends.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('link.sendFriends.outcome1'), k('link.sendFriends.outcome2')],
        },
        {
          id: 'ask-mum',
          label: k('link.askMum.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('link.askMum.outcome1'), k('link.askMum.outcome2')],
          next: 'end',
        },
      ],
    },
  ],
  keyMessage: k('keyMessage'),
  help: ['common:help.trustedAdult', 'common:help.reportButton'],
  discussion: k('discussion'),
};
