import { sortingGame } from './sortingGame';

/** Shield your details: which questions from online players may get an answer? */
export const contactGame = sortingGame(
  'contact',
  ['private', 'warning'],
  [
    ['colour', 'second'],
    ['school', 'first'],
    ['level', 'second'],
    ['address', 'first'],
    ['window', 'first'],
    ['subject', 'second'],
    ['phone', 'first'],
    ['pet', 'second'],
  ],
);
