import { popupPatrolGame } from './popupPatrolGame';

/** Pop-up patrol: pop-ups over a pretend app; close the tricks by their real ✕, accept the fine ones. */
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
    { id: 'countdown', trick: true },
    { id: 'shareChoice', trick: false, decline: true },
  ],
);
