import { END } from '../../types';
import { choose, request, safe, scenario, thinkAgain } from '../scenarioBuilder';

/**
 * An in-game shop pushes a "limited offer, only 2 minutes left!" bundle while
 * a parent's card is saved on the device; the next day the same "last chance"
 * is back, with a push to play for hours. The countdown is only described:
 * the game itself never times the child. The safe path is to stop, ask the
 * grown-up first, and choose one's own playtime.
 */
export const contractInGameShop = scenario(
  { family: 'contract', id: 'contract-in-game-shop', setting: 'in-game-shop', messages: ['scams', 'balance'], help: ['trustedAdult'] },
  [
    choose('shop', { mood: 'talking', lines: 2, situation: [request()] }, [
      thinkAgain('buy-now', 'concerned'),
      thinkAgain('tell-later', 'thinking'),
      safe('ask-first', 'break'),
    ]),
    choose('break', { mood: 'thinking', lines: 2, situation: [request()] }, [
      thinkAgain('keep-playing', 'thinking'),
      safe('take-break', END),
      thinkAgain('bedtime', 'concerned'),
    ]),
  ],
);
