import type { Scenario } from '../../types';

const k = (key: string) => `content:upsettingVideo.${key}`;

/**
 * An autoplaying video makes Leo feel scared. The child sees the feeling,
 * never the video. The safe path: close it, report it, tell a trusted adult.
 */
export const contentUpsettingVideo: Scenario = {
  id: 'content-upsetting-video',
  family: 'content',
  setting: 'video-app',
  messages: ['upsetting', 'respond', 'help'],
  title: k('title'),
  start: 'autoplay',
  steps: [
    {
      id: 'autoplay',
      mood: 'talking',
      lines: [k('autoplay.line1'), k('autoplay.line2')],
      situation: [{ text: k('autoplay.notice'), style: 'notice' }],
      prompt: k('autoplay.prompt'),
      choices: [
        {
          id: 'keep-watching',
          label: k('autoplay.keepWatching.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('autoplay.keepWatching.outcome1'), k('autoplay.keepWatching.outcome2')],
        },
        {
          id: 'close',
          label: k('autoplay.close.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('autoplay.close.outcome1'), k('autoplay.close.outcome2')],
          next: 'after',
        },
        {
          id: 'send-friend',
          label: k('autoplay.sendFriend.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('autoplay.sendFriend.outcome1'), k('autoplay.sendFriend.outcome2')],
        },
      ],
    },
    {
      id: 'after',
      mood: 'thinking',
      lines: [k('after.line1')],
      situation: [{ text: k('after.notice'), style: 'notice' }],
      prompt: k('after.prompt'),
      choices: [
        {
          id: 'report-tell',
          label: k('after.reportTell.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('after.reportTell.outcome1'), k('after.reportTell.outcome2')],
          next: 'end',
        },
        {
          id: 'keep-quiet',
          label: k('after.keepQuiet.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('after.keepQuiet.outcome1'), k('after.keepQuiet.outcome2')],
        },
        {
          id: 'watch-again',
          label: k('after.watchAgain.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('after.watchAgain.outcome1'), k('after.watchAgain.outcome2')],
        },
      ],
    },
  ],
  keyMessage: k('keyMessage'),
  help: ['common:help.trustedAdult', 'common:help.reportButton', 'common:help.helpline'],
  discussion: k('discussion'),
};
