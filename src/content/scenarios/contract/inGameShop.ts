import { END, type PracticeStep } from '../../types';
import { choose, request, safe, scenario, thinkAgain, type ScenarioKey } from '../scenarioBuilder';

/**
 * Practice: the shop itself, with its countdown (only a picture, it never
 * moves). Close it, or send Mum a request. "Buy now" plays out: the money is
 * gone and the same countdown starts again.
 */
const leaveTheOffer = (k: ScenarioKey): PracticeStep => ({
  kind: 'practice',
  id: 'offer',
  mood: 'talking',
  lines: [k('offer.line1')],
  situation: [],
  task: {
    task: 'shop-offer',
    instruction: k('offer.instruction'),
    offer: k('offer.name'),
    price: k('offer.price'),
    timer: '01:59',
    grownUp: k('mum'),
    buy: { id: 'buy', playsOut: k('offer.buy.playsOut'), outcome: [k('offer.buy.outcome')] },
  },
  outcome: [k('offer.outcome')],
  next: 'break',
});

/**
 * An in-game shop pushes a "limited offer, only 2 minutes left!" bundle while
 * a parent's card is saved on the device; the next day a message pushes him
 * to play for hours. The countdown is only drawn: the game itself never times
 * the child. The safe path is to stop, ask the grown-up first, and choose
 * one's own playtime.
 */
export const contractInGameShop = scenario(
  { family: 'contract', id: 'contract-in-game-shop', setting: 'in-game-shop', messages: ['scams', 'balance'], help: ['trustedAdult'] },
  [
    choose('shop', { mood: 'talking', lines: 2, situation: [request()] }, [
      thinkAgain('buy-now', 'concerned'),
      thinkAgain('tell-later', 'thinking'),
      safe('ask-first', 'offer'),
    ]),
    leaveTheOffer,
    choose('break', { mood: 'thinking', lines: 2, situation: [request()] }, [
      thinkAgain('keep-playing', 'thinking'),
      safe('take-break', END),
      thinkAgain('bedtime', 'concerned'),
    ]),
  ],
);
