import { chatTriageGame } from './chatTriageGame';

/** Chat check: messages arrive one by one; answer friends, block and report strangers who ask too much. */
export const contactGame = chatTriageGame(
  'contact',
  ['private', 'warning', 'help'],
  [
    { id: 'mia', friend: true, best: ['answer'] },
    { id: 'school', best: ['block', 'report'], playOut: true },
    { id: 'gems', best: ['ignore', 'block', 'report'], playOut: true },
    { id: 'coach', friend: true, best: ['answer', 'ignore'] },
    { id: 'mean', best: ['block', 'report'], playOut: true },
    { id: 'photo', best: ['block', 'report'], playOut: true },
    { id: 'grandma', friend: true, best: ['answer'], challengeOnly: true },
    { id: 'gameTeam', best: ['block', 'report'], playOut: true, challengeOnly: true },
  ],
);
