import type { MiniGame } from '../types';

const k = (key: string) => `content-game:${key}`;

/** Being written: the content world's sorting game. */
export const contentGame: MiniGame = {
  id: 'content-game',
  family: 'content',
  title: k('title'),
  intro: k('intro'),
  bins: { first: k('bins.first'), second: k('bins.second') },
  messages: [],
  wrapUp: k('wrapUp'),
  cards: [],
};
