import type { ShopOfferTask } from '../../../content/types';
import type { TaskRules } from './taskRules';

export interface ShopOfferState {
  /** The shop is closed, or a grown-up has been asked: either way nothing was bought in a hurry. */
  ended: 'closed' | 'asked' | null;
}

export type ShopOfferAction = { type: 'buy' } | { type: 'closeShop' } | { type: 'askGrownUp' };

/**
 * A shop offer with a countdown: close the shop or ask a grown-up first.
 * Buying plays out (the money is gone, and the "last chance" timer starts again).
 */
export const shopOffer: TaskRules<ShopOfferTask, ShopOfferState, ShopOfferAction> = {
  start: () => ({ ended: null }),

  reduce(task, state, action) {
    if (state.ended) return state;
    if (action.type === 'buy') return { lessSafe: task.buy.id };
    return { ended: action.type === 'closeShop' ? 'closed' : 'asked' };
  },

  done: (_task, state) => state.ended !== null,

  actions: (_task, state) => (state.ended ? [] : [{ type: 'buy' }, { type: 'closeShop' }, { type: 'askGrownUp' }]),

  lessSafe: (task) => [task.buy],
};
