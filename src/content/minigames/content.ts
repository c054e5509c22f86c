import type { MiniGame } from '../types';

const k = (key: string) => `content-game:${key}`;

const card = (id: string, bin: 'first' | 'second') => ({
  id,
  from: k(`cards.${id}.from`),
  text: k(`cards.${id}.text`),
  bin,
  why: k(`cards.${id}.why`),
});

/** Real or check first? Posts, headlines, videos and pop-ups: which look fine, which need a second look? */
export const contentGame: MiniGame = {
  id: 'content-game',
  family: 'content',
  title: k('title'),
  intro: k('intro'),
  bins: { first: k('bins.first'), second: k('bins.second') },
  messages: ['trust', 'scams', 'no'],
  wrapUp: k('wrapUp'),
  cards: [
    card('schoolTrip', 'first'),
    card('homework', 'second'),
    card('weather', 'first'),
    card('slimeReview', 'second'),
    card('sandcastle', 'first'),
    card('virusPopup', 'second'),
    card('bikeChallenge', 'second'),
    card('volcano', 'first'),
  ],
};
