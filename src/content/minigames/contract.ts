import type { MiniGame } from '../types';

const k = (key: string) => `contract-game:${key}`;

/** Being written: the contract world's sorting game. */
export const contractGame: MiniGame = {
  id: 'contract-game',
  family: 'contract',
  title: k('title'),
  intro: k('intro'),
  bins: { first: k('bins.first'), second: k('bins.second') },
  messages: [],
  wrapUp: k('wrapUp'),
  cards: [],
};
