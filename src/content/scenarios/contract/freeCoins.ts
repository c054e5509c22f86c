import { END } from '../../types';
import { choose, message, safe, scenario, thinkAgain } from '../scenarioBuilder';

/**
 * A player in a game lobby posts a "free coins generator" link that asks for
 * the game login. Then a classmate who used it has lost his account. The safe
 * path is to never log in through a link, report it, keep passwords private,
 * and tell a grown-up; it is never too late, and never the target's fault.
 */
export const contractFreeCoins = scenario(
  { family: 'contract', id: 'contract-free-coins', setting: 'game-lobby', messages: ['scams', 'devices'] },
  [
    choose('lobby', { mood: 'talking', lines: 2, situation: [message('player')] }, [
      thinkAgain('login', 'concerned'),
      safe('report', 'friend'),
      thinkAgain('ask', 'thinking'),
    ]),
    choose('friend', { mood: 'thinking', lines: 1, situation: [message('classmate')] }, [
      thinkAgain('blame', 'concerned'),
      thinkAgain('share', 'thinking'),
      safe('tell-adult', END),
    ]),
  ],
);
