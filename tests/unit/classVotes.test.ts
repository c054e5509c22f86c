import { describe, expect, it } from 'vitest';
import { WORLDS } from '../../src/content';
import { lessonPlan, storyMinutes } from '../../src/engine/lessonPlan';
import { checkTotal, classPick, cleanCount, MAX_VOTES, revealBefore, setVote, voteSpread } from '../../src/engine/classVotes';

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

describe('a class’s counts, said rather than changed silently', () => {
  it('says when a count was lowered to the most a row holds', () => {
    expect(cleanCount(170)).toEqual({ count: MAX_VOTES, capped: true });
    expect(cleanCount(12)).toEqual({ count: 12, capped: false });
    expect(cleanCount(-3)).toEqual({ count: 0, capped: false });
  });

  it('checks the running total against the class size', () => {
    expect(checkTotal(0, 28)).toBe('none');
    expect(checkTotal(20, 28)).toBe('under');
    expect(checkTotal(28, 28)).toBe('match');
    expect(checkTotal(31, 28)).toBe('over');
    expect(checkTotal(5, null)).toBe('under');
  });

  it('picks the class’s own choice: most hands not tried yet, first on a tie, else the safe one', () => {
    expect(classPick({ a: 3, b: 9, c: 9 }, ['a', 'b', 'c'], [], 'a')).toBe('b');
    expect(classPick({ a: 3, b: 9 }, ['a', 'b', 'c'], ['b'], 'c')).toBe('a');
    expect(classPick({}, ['a', 'b'], [], 'b')).toBe('b');
  });

  it('steps back through the stages one at a time', () => {
    expect(revealBefore('answer')).toBe('chart');
    expect(revealBefore('chart')).toBe('vote');
    expect(revealBefore('think')).toBeNull();
  });
});

describe('a lesson’s timings', () => {
  it('fits two or three stories and the mini-game into 45 minutes in every world', () => {
    for (const world of WORLDS) {
      const plan = lessonPlan(world);
      expect(plan.stories.length, world.family).toBeGreaterThanOrEqual(2);
      expect(plan.stories.length, world.family).toBeLessThanOrEqual(3);
      expect(plan.total).toBeLessThanOrEqual(45);
      for (const s of world.scenarios) expect(storyMinutes(s)).toBeGreaterThanOrEqual(7);
    }
  });
});
