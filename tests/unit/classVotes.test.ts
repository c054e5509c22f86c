import { describe, expect, it } from 'vitest';
import { MAX_VOTES, setVote, voteSpread } from '../../src/engine/classVotes';

describe('class votes', () => {
  it('records whole, non-negative counts and caps them', () => {
    let v = setVote({}, 'a', 3);
    v = setVote(v, 'b', -2);
    v = setVote(v, 'c', 2.6);
    v = setVote(v, 'd', Number.NaN);
    v = setVote(v, 'e', 5000);
    expect(v).toEqual({ a: 3, b: 0, c: 3, d: 0, e: MAX_VOTES });
  });

  it('spreads votes over the choices, in the choices’ order', () => {
    const { bars, total } = voteSpread({ b: 6, a: 2 }, ['a', 'b', 'c']);
    expect(total).toBe(8);
    expect(bars).toEqual([
      { choiceId: 'a', count: 2, share: 0.25 },
      { choiceId: 'b', count: 6, share: 0.75 },
      { choiceId: 'c', count: 0, share: 0 },
    ]);
  });

  it('shows empty bars before anyone votes', () => {
    expect(voteSpread({}, ['a']).bars[0]!.share).toBe(0);
  });
});
