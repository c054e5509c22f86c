import type { Scenario } from '../../types';

const k = (key: string) => `conduct:friendPhoto.${key}`;

/**
 * The child wants to post a funny photo of a friend. The safe path: ask the
 * friend first, and respect a no. Other people's pictures and details (like
 * their school) are private too.
 */
export const conductFriendPhoto: Scenario = {
  id: 'conduct-friend-photo',
  family: 'conduct',
  setting: 'photo-sharing',
  messages: ['private', 'kind'],
  title: k('title'),
  start: 'photo',
  steps: [
    {
      id: 'photo',
      mood: 'talking',
      lines: [k('photo.line1'), k('photo.line2')],
      situation: [{ text: k('photo.notice'), style: 'notice' }],
      prompt: k('photo.prompt'),
      choices: [
        {
          id: 'post-now',
          label: k('photo.postNow.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('photo.postNow.outcome1'), k('photo.postNow.outcome2')],
        },
        {
          id: 'add-school',
          label: k('photo.addSchool.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('photo.addSchool.outcome1'), k('photo.addSchool.outcome2')],
        },
        {
          id: 'ask',
          label: k('photo.ask.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('photo.ask.outcome1'), k('photo.ask.outcome2')],
          next: 'answer',
        },
      ],
    },
    {
      id: 'answer',
      mood: 'thinking',
      lines: [k('answer.line1')],
      situation: [{ from: k('friend'), text: k('answer.message'), style: 'message' }],
      prompt: k('answer.prompt'),
      choices: [
        {
          id: 'respect',
          label: k('answer.respect.label'),
          kind: 'safe',
          mood: 'happy',
          outcome: [k('answer.respect.outcome1'), k('answer.respect.outcome2')],
          next: 'end',
        },
        {
          id: 'post-anyway',
          label: k('answer.postAnyway.label'),
          kind: 'think-again',
          mood: 'concerned',
          outcome: [k('answer.postAnyway.outcome1'), k('answer.postAnyway.outcome2')],
        },
        {
          id: 'group-chat',
          label: k('answer.groupChat.label'),
          kind: 'think-again',
          mood: 'thinking',
          outcome: [k('answer.groupChat.outcome1'), k('answer.groupChat.outcome2')],
        },
      ],
    },
  ],
  keyMessage: k('keyMessage'),
  help: ['common:help.trustedAdult', 'common:help.reportButton'],
  discussion: k('discussion'),
};
