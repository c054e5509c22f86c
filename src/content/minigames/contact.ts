import type { MiniGame } from '../types';

const k = (key: string) => `contact-game:${key}`;

/** Shield your details: which questions from online players may get an answer? */
export const contactGame: MiniGame = {
  id: 'contact-game',
  family: 'contact',
  title: k('title'),
  intro: k('intro'),
  bins: { first: k('bins.first'), second: k('bins.second') },
  messages: ['private', 'warning'],
  wrapUp: k('wrapUp'),
  cards: [
    { id: 'colour', from: k('cards.colour.from'), text: k('cards.colour.text'), bin: 'second', why: k('cards.colour.why') },
    { id: 'address', from: k('cards.address.from'), text: k('cards.address.text'), bin: 'first', why: k('cards.address.why') },
  ],
};
