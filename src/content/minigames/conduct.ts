import type { MiniGame } from '../types';

const k = (key: string) => `conduct-game:${key}`;

/** Being written: the conduct world's sorting game. */
export const conductGame: MiniGame = {
  id: 'conduct-game',
  family: 'conduct',
  title: k('title'),
  intro: k('intro'),
  bins: { first: k('bins.first'), second: k('bins.second') },
  messages: [],
  wrapUp: k('wrapUp'),
  cards: [],
};
