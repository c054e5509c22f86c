import { sortingGame } from './sortingGame';

/** Real or check first? Posts, headlines, videos and pop-ups: which look fine, which need a second look? */
export const contentGame = sortingGame(
  'content',
  ['trust', 'scams', 'no'],
  [
    ['schoolTrip', 'first'],
    ['homework', 'second'],
    ['weather', 'first'],
    ['slimeReview', 'second'],
    ['sandcastle', 'first'],
    ['virusPopup', 'second'],
    ['bikeChallenge', 'second'],
    ['volcano', 'first'],
  ],
);
