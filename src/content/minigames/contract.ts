import type { Bin, MiniGame, MiniGameCard } from '../types';

const k = (key: string) => `contract-game:${key}`;

/** A pop-up, offer or app message: its keys are cards.<id>.from, .text and .why. */
const card = (id: string, bin: Bin): MiniGameCard => ({
  id,
  from: k(`cards.${id}.from`),
  text: k(`cards.${id}.text`),
  bin,
  why: k(`cards.${id}.why`),
});

/** Spot the trick: which pop-ups, offers and app messages are safe, and which are tricks? */
export const contractGame: MiniGame = {
  id: 'contract-game',
  family: 'contract',
  title: k('title'),
  intro: k('intro'),
  bins: { first: k('bins.first'), second: k('bins.second') },
  messages: ['scams', 'private', 'devices'],
  wrapUp: k('wrapUp'),
  cards: [
    card('update', 'first'),
    card('prizeCard', 'second'),
    card('camera', 'first'),
    card('freeCoins', 'second'),
    card('contacts', 'second'),
    card('askParent', 'first'),
    card('countdown', 'second'),
    card('shareChoice', 'first'),
  ],
};
