import { sortingGame } from './sortingGame';

/** Kind or unkind? Messages in the class group chat; each unkind one's `why` offers a kinder way to say it. */
export const conductGame = sortingGame(
  'conduct',
  ['kind', 'bullying', 'private'],
  [
    ['helpHomework', 'first'],
    ['laughMistake', 'second'],
    ['askPhoto', 'first'],
    ['leaveOut', 'second'],
    ['teasing', 'second'],
    ['sorry', 'first'],
    ['photoNoAsk', 'second'],
    ['standUp', 'first'],
  ],
);
