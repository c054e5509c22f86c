import { popupPatrolGame } from './popupPatrolGame';

/** Pop-up patrol: close the tricks by their real ✕, accept the fine ones; then build a passphrase from word tiles. */
export const contractGame = popupPatrolGame(
  'contract',
  ['scams', 'private', 'devices'],
  [
    { id: 'update', trick: false, decline: true },
    { id: 'prizeCard', trick: true },
    { id: 'camera', trick: false, decline: true },
    { id: 'freeCoins', trick: true },
    { id: 'contacts', trick: true, decline: true },
    { id: 'askParent', trick: false, decline: true },
    { id: 'countdown', trick: true, challengeOnly: true },
    { id: 'shareChoice', trick: false, decline: true, challengeOnly: true },
  ],
  {
    // Strong and weak tiles mixed, so the weak ones have to be noticed.
    tiles: {
      purple: 'strong',
      name: 'weak',
      pancake: 'strong',
      password: 'weak',
      rocket: 'strong',
      birthday: 'weak',
      cactus: 'strong',
      digits: 'weak',
      river: 'strong',
      pet: 'weak',
      banjo: 'strong',
    },
    words: { relaxed: 3, challenge: 4 },
  },
);
