import type { Bin, MiniGame, MiniGameCard } from '../types';

const k = (key: string) => `contact-game:${key}`;

/** A question from a player: its keys are cards.<id>.from, .text and .why. */
const card = (id: string, bin: Bin): MiniGameCard => ({
  id,
  from: k(`cards.${id}.from`),
  text: k(`cards.${id}.text`),
  bin,
  why: k(`cards.${id}.why`),
});

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
    card('colour', 'second'),
    card('school', 'first'),
    card('level', 'second'),
    card('address', 'first'),
    card('window', 'first'),
    card('subject', 'second'),
    card('phone', 'first'),
    card('pet', 'second'),
  ],
};
