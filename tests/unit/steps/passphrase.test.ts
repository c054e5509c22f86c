import { describe, expect, it } from 'vitest';
import type { PassphraseTask } from '../../../src/content';
import { passphrase as rules, strength, type PassphraseAction, type PassphraseState } from '../../../src/engine/steps/tasks/passphrase';
import { walkEveryState } from './conductTaskWalk';

const task: PassphraseTask = {
  task: 'passphrase',
  app: 'account',
  account: 'c:account',
  guesser: 'c:someone',
  instruction: 'c:instruction',
  tiles: [
    { id: 'cloud', label: 'c:cloud' },
    { id: 'name', label: 'c:name', weak: 'name' },
    { id: 'banana', label: 'c:banana' },
    { id: 'digits', label: 'c:1234', weak: 'numbers' },
    { id: 'river', label: 'c:river' },
  ],
  words: 3,
  maxTiles: 4,
  weak: [
    { id: 'name', guess: 'c:g1', outcome: ['c:o'] },
    { id: 'numbers', guess: 'c:g2', outcome: ['c:o'] },
  ],
};

function play(...actions: PassphraseAction[]): PassphraseState {
  return actions.reduce((state, action) => {
    const result = rules.reduce(task, state, action);
    return 'lessSafe' in result ? state : result;
  }, rules.start(task));
}
const pick = (tileId: string): PassphraseAction => ({ type: 'pick', tileId });

describe('passphrase from word tiles: rules', () => {
  it('shows the strength as tiles go in: any guessable tile is weak, three random words are strong', () => {
    expect(strength(task, [])).toBe('empty');
    expect(strength(task, ['cloud'])).toBe('weak');
    expect(strength(task, ['cloud', 'river'])).toBe('fair');
    expect(strength(task, ['cloud', 'river', 'banana'])).toBe('strong');
    expect(strength(task, ['cloud', 'river', 'banana', 'name'])).toBe('weak');
  });

  it('saves three random words and is done', () => {
    const s = rules.reduce(task, play(pick('cloud'), pick('banana'), pick('river')), { type: 'save' }) as PassphraseState;
    expect(s).toEqual({ picked: ['cloud', 'banana', 'river'], saved: true });
    expect(rules.done(task, s)).toBe(true);
  });

  it('plays out saving with a guessable tile: the first one in the passphrase', () => {
    expect(rules.reduce(task, play(pick('name'), pick('cloud'), pick('river')), { type: 'save' })).toEqual({ lessSafe: 'name' });
    expect(rules.reduce(task, play(pick('cloud'), pick('digits'), pick('river'), pick('name')), { type: 'save' })).toEqual({
      lessSafe: 'numbers',
    });
    expect(rules.lessSafe(task)).toBe(task.weak);
  });

  it('saves nothing shorter than the words needed, and takes no more than the most tiles', () => {
    const two = play(pick('cloud'), pick('river'));
    expect(rules.reduce(task, two, { type: 'save' })).toBe(two);
    const full = play(pick('cloud'), pick('river'), pick('banana'), pick('name'));
    expect(rules.reduce(task, full, pick('digits'))).toBe(full);
  });

  it('takes a tile out or clears, and ignores double taps and anything after saving', () => {
    expect(play(pick('name'), pick('cloud'), { type: 'unpick', tileId: 'name' }).picked).toEqual(['cloud']);
    expect(play(pick('name'), pick('cloud'), { type: 'clear' }).picked).toEqual([]);
    const one = play(pick('cloud'));
    expect(rules.reduce(task, one, pick('cloud'))).toBe(one);
    expect(rules.reduce(task, one, pick('made-up'))).toBe(one);
    const saved = rules.reduce(task, play(pick('cloud'), pick('banana'), pick('river')), { type: 'save' }) as PassphraseState;
    expect(rules.reduce(task, saved, { type: 'clear' })).toBe(saved);
    expect(rules.reduce(task, saved, { type: 'save' })).toBe(saved);
  });

  it('can be finished from every state it can reach', () => {
    walkEveryState(rules, task);
  });
});
