import { describe, expect, it } from 'vitest';
import type { SpotCluesTask } from '../../../src/content';
import { safePath, type LessSafe } from '../../../src/engine/steps/tasks';
import { spotClues as rules, type SpotCluesAction, type SpotCluesState } from '../../../src/engine/steps/tasks/spotClues';

const task: SpotCluesTask = {
  task: 'spot-clues',
  app: 'chat',
  place: 'c:place',
  headline: 'c:headline',
  instruction: 'c:instruction',
  parts: [
    { id: 'by', text: 'c:by', place: 'top' },
    { id: 'account', text: 'c:account', place: 'top', clue: 'c:account.clue' },
    { id: 'date', text: 'c:date', place: 'top', clue: 'c:date.clue' },
    { id: 'photo', text: 'c:photo', place: 'bottom' },
  ],
  decisions: [
    { id: 'share', kind: 'less-safe', label: 'c:share', playout: ['c:spread'], outcome: ['c:outcome'] },
    { id: 'wait', kind: 'safe', label: 'c:wait', result: 'c:result' },
  ],
};

const tap = (partId: string): SpotCluesAction => ({ type: 'tapPart', partId });
const decide = (decisionId: string): SpotCluesAction => ({ type: 'decide', decisionId });

/** Plays actions in order; a less safe action leaves the state as it was, as the practice kind does. */
function play(...actions: SpotCluesAction[]): SpotCluesState {
  return actions.reduce((state, action) => {
    const result = rules.reduce(task, state, action);
    return 'lessSafe' in result ? state : result;
  }, rules.start(task));
}

describe('spot the clues: rules', () => {
  it('starts with nothing found and nothing decided', () => {
    expect(rules.start(task)).toEqual({ found: [], looked: null, decided: false });
    expect(rules.done(task, rules.start(task))).toBe(false);
  });

  it('keeps a clue once found, and a part that looks fine is only looked at', () => {
    expect(play(tap('by'))).toEqual({ found: [], looked: 'by', decided: false });
    expect(play(tap('account'))).toEqual({ found: ['account'], looked: 'account', decided: false });
    expect(play(tap('account'), tap('by'), tap('account'))).toEqual({ found: ['account'], looked: 'account', decided: false });
  });

  it('ignores a double tap, an unknown part and an unknown decision', () => {
    const s = play(tap('account'));
    expect(rules.reduce(task, s, tap('account'))).toBe(s);
    expect(rules.reduce(task, s, tap('nope'))).toBe(s);
    expect(rules.reduce(task, s, decide('nope'))).toBe(s);
  });

  it('keeps the safe decision locked until every clue is found', () => {
    const one = play(tap('account'));
    expect(rules.reduce(task, one, decide('wait'))).toBe(one);
    expect(rules.actions(task, one)).not.toContainEqual(decide('wait'));
    const both = play(tap('account'), tap('date'));
    expect(rules.actions(task, both)).toContainEqual(decide('wait'));
    const done = rules.reduce(task, both, decide('wait')) as SpotCluesState;
    expect(done.decided).toBe(true);
    expect(rules.done(task, done)).toBe(true);
  });

  it('lets the tempting decision play out at any time, too early or not', () => {
    for (const s of [rules.start(task), play(tap('account')), play(tap('account'), tap('date'))]) {
      expect(rules.reduce(task, s, decide('share'))).toEqual({ lessSafe: 'share' } satisfies LessSafe);
    }
    expect(rules.lessSafe(task).map((a) => a.id)).toEqual(['share']);
  });

  it('does nothing more once decided: a late tap or a second decision is stale', () => {
    const done = play(tap('account'), tap('date'), decide('wait'));
    expect(rules.reduce(task, done, tap('by'))).toBe(done);
    expect(rules.reduce(task, done, decide('share'))).toBe(done);
    expect(rules.actions(task, done)).toEqual([]);
  });

  it('has an answer key: every clue, then the safe decision', () => {
    expect(safePath(task)).toEqual([tap('account'), tap('date'), decide('wait')]);
  });

  it('can be finished from every state it can reach', () => {
    const key = (s: SpotCluesState) => JSON.stringify(s);
    const seen = new Map([[key(rules.start(task)), rules.start(task)]]);
    const queue = [rules.start(task)];
    while (queue.length) {
      const s = queue.shift()!;
      if (!rules.done(task, s)) expect(() => safePath(task, s)).not.toThrow();
      for (const a of rules.actions(task, s)) {
        const r = rules.reduce(task, s, a);
        if ('lessSafe' in r || seen.has(key(r))) continue;
        seen.set(key(r), r);
        queue.push(r);
      }
    }
    expect(seen.size).toBeGreaterThan(5);
  });
});
