import { detectiveGame } from './detectiveGame';

/** Post detective: zoom into the sender, the date, "Sponsored" and the address before judging a post. */
export const contentGame = detectiveGame(
  'content',
  ['trust', 'scams', 'no'],
  [
    { id: 'library', verdict: 'real', parts: { sender: false, date: false, address: false } },
    { id: 'giveaway', verdict: 'check', parts: { sender: true, label: true, date: false, address: true } },
    { id: 'snow', verdict: 'check', parts: { sender: false, date: true, address: false } },
    { id: 'zoo', verdict: 'real', parts: { sender: false, date: false, address: false } },
    { id: 'slime', verdict: 'check', parts: { sender: false, label: true, date: false }, challengeOnly: true },
    { id: 'grades', verdict: 'check', parts: { sender: false, date: false, address: true }, challengeOnly: true },
  ],
);
