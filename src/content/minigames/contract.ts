import { sortingGame } from './sortingGame';

/** Spot the trick: which pop-ups, offers and app messages are safe, and which are tricks? */
export const contractGame = sortingGame('contract', ['scams', 'private', 'devices'], [
  ['update', 'first'],
  ['prizeCard', 'second'],
  ['camera', 'first'],
  ['freeCoins', 'second'],
  ['contacts', 'second'],
  ['askParent', 'first'],
  ['countdown', 'second'],
  ['shareChoice', 'first'],
]);
