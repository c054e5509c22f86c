import type { Scenario } from '../../types';

const k = (key: string) => `content:fakeNews.${key}`;

/**
 * A shocking "news" post lands in the class group chat and asks to be shared
 * fast. The safe path: slow down, check who made it, and see whether other
 * trusted sources agree before sharing anything.
 */
export const contentFakeNews: Scenario = {
  id: 'content-fake-news',
  family: 'content',
  setting: 'group-chat',
  messages: ['trust'],
  title: k('title'),
  start: 'post',
  steps: [
    {
      id: 'post',
      mood: 'talking',
      lines: [k('post.line1'), k('post.line2')],
      situation: [{ from: k('classmate'), text: k('post.message'), style: 'message' }],
      prompt: k('post.prompt'),
      choices: [
        {
          id: 'share-now',
          label: k('post.shareNow.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('post.shareNow.outcome1'), k('post.shareNow.outcome2')],
        },
        {
          id: 'believe',
          label: k('post.believe.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('post.believe.outcome1'), k('post.believe.outcome2')],
        },
        {
          id: 'pause',
          label: k('post.pause.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('post.pause.outcome1'), k('post.pause.outcome2')],
          next: 'check',
        },
      ],
    },
    {
      id: 'check',
      mood: 'thinking',
      lines: [k('check.line1')],
      situation: [{ text: k('check.notice'), style: 'notice' }],
      prompt: k('check.prompt'),
      choices: [
        {
          id: 'other-sources',
          label: k('check.otherSources.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('check.otherSources.outcome1'), k('check.otherSources.outcome2')],
          next: 'end',
        },
        {
          id: 'ask-chat',
          label: k('check.askChat.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('check.askChat.outcome1'), k('check.askChat.outcome2')],
        },
        {
          id: 'maybe-true',
          label: k('check.maybeTrue.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('check.maybeTrue.outcome1'), k('check.maybeTrue.outcome2')],
        },
      ],
    },
  ],
  keyMessage: k('keyMessage'),
  help: ['common:help.trustedAdult', 'common:help.reportButton'],
  discussion: k('discussion'),
};
