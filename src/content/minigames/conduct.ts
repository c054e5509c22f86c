import type { Bin, MiniGame, MiniGameCard } from '../types';

const k = (key: string) => `conduct-game:${key}`;

/** A message in the class group chat: its keys are cards.<id>.from, .text and .why. */
const card = (id: string, bin: Bin): MiniGameCard => ({
  id,
  from: k(`cards.${id}.from`),
  text: k(`cards.${id}.text`),
  bin,
  why: k(`cards.${id}.why`),
});

/** Kind or unkind? Messages in the class group chat; each unkind one's `why` offers a kinder way to say it. */
export const conductGame: MiniGame = {
  id: 'conduct-game',
  family: 'conduct',
  title: k('title'),
  intro: k('intro'),
  bins: { first: k('bins.first'), second: k('bins.second') },
  messages: ['kind', 'bullying', 'private'],
  wrapUp: k('wrapUp'),
  cards: [
    card('helpHomework', 'first'),
    card('laughMistake', 'second'),
    card('askPhoto', 'first'),
    card('leaveOut', 'second'),
    card('teasing', 'second'),
    card('sorry', 'first'),
    card('photoNoAsk', 'second'),
    card('standUp', 'first'),
  ],
};
