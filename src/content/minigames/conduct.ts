import { kindnessRemixGame } from './kindnessRemixGame';

/** Kindness remix: turn a hurtful group-chat message around line by line, then support the one it was about. */
export const conductGame = kindnessRemixGame(
  'conduct',
  ['kind', 'bullying', 'respond'],
  [
    {
      id: 'drawing',
      lines: { laugh: ['praise', 'meh', 'who'], leaveOut: ['invite', 'full', 'except'] },
      support: ['kind', 'joke', 'shrug'],
    },
    { id: 'goal', lines: { blame: ['team', 'whose', 'clap'], quit: ['practise', 'sport', 'nobody'] }, support: ['kind', 'bad', 'leave'] },
    {
      id: 'photo',
      lines: { laugh: ['park', 'look', 'face'], share: ['ask', 'anyone', 'background'] },
      support: ['kind', 'funny', 'forget'],
      challengeOnly: true,
    },
  ],
);
