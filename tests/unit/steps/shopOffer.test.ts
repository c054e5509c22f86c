import { describe, expect, it } from 'vitest';
import type { ShopOfferTask } from '../../../src/content';
import { safePath } from '../../../src/engine/steps/tasks';
import { shopOffer as rules, type ShopOfferState } from '../../../src/engine/steps/tasks/shopOffer';

const task: ShopOfferTask = {
  task: 'shop-offer',
  instruction: 'i',
  offer: 'o',
  price: 'p',
  timer: '01:59',
  grownUp: 'g',
  buy: { id: 'buy', playsOut: 'p', outcome: ['o'] },
};

describe('shop offer with a countdown: rules', () => {
  it('is done by closing the shop, or by asking a grown-up', () => {
    const closed = rules.reduce(task, rules.start(task), { type: 'closeShop' }) as ShopOfferState;
    expect(closed).toEqual({ ended: 'closed' });
    expect(rules.done(task, closed)).toBe(true);
    const asked = rules.reduce(task, rules.start(task), { type: 'askGrownUp' }) as ShopOfferState;
    expect(asked).toEqual({ ended: 'asked' });
    expect(rules.done(task, asked)).toBe(true);
    expect(rules.done(task, rules.start(task))).toBe(false);
  });

  it('plays out buying', () => {
    expect(rules.reduce(task, rules.start(task), { type: 'buy' })).toEqual({ lessSafe: 'buy' });
  });

  it('ignores a second tap once the shop is closed or the request sent', () => {
    const closed: ShopOfferState = { ended: 'closed' };
    for (const type of ['buy', 'closeShop', 'askGrownUp'] as const) expect(rules.reduce(task, closed, { type })).toBe(closed);
    expect(rules.actions(task, closed)).toEqual([]);
  });

  it('finds a safe path of one action', () => {
    expect(safePath(task)).toHaveLength(1);
    expect(rules.lessSafe(task)).toEqual([task.buy]);
  });
});
