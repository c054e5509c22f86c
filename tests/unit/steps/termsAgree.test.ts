import { describe, expect, it } from 'vitest';
import type { TermsAgreeTask } from '../../../src/content';
import { safePath } from '../../../src/engine/steps/tasks';
import { termsAgree as rules, type TermsAgreeAction, type TermsAgreeState } from '../../../src/engine/steps/tasks/termsAgree';

const task: TermsAgreeTask = {
  task: 'terms-agree',
  instruction: 'i',
  app: 'a',
  summary: 's',
  switches: [
    { id: 'share-videos', label: 'v', risky: true },
    { id: 'share-place', label: 'p', risky: true },
    { id: 'subtitles', label: 's', risky: false },
  ],
  grownUp: 'g',
  acceptAll: { id: 'accept-all', playsOut: 'p', outcome: ['o'] },
};

const play = (...actions: TermsAgreeAction[]) =>
  actions.reduce((state, action) => {
    const result = rules.reduce(task, state, action);
    return 'lessSafe' in result ? state : result;
  }, rules.start(task));

describe('terms before "I agree": rules', () => {
  it('starts with the sharing switches on, as such screens make them', () => {
    expect(rules.start(task)).toEqual({ on: ['share-videos', 'share-place'], asked: false });
  });

  it('is done once every sharing switch is off and a grown-up is asked, in either order', () => {
    const off = [
      { type: 'toggle', switchId: 'share-videos' },
      { type: 'toggle', switchId: 'share-place' },
    ] as const;
    const first = play(...off);
    expect(rules.done(task, first)).toBe(false);
    expect(rules.done(task, play(...off, { type: 'askGrownUp' }))).toBe(true);
    const asked = play({ type: 'askGrownUp' });
    expect(rules.done(task, asked)).toBe(false);
    expect(rules.done(task, play({ type: 'askGrownUp' }, ...off))).toBe(true);
  });

  it('lets harmless switches be on or off, and a switch be turned back on', () => {
    const s = play(
      { type: 'toggle', switchId: 'subtitles' },
      { type: 'toggle', switchId: 'share-videos' },
      { type: 'toggle', switchId: 'share-place' },
    );
    expect(s.on).toEqual(['subtitles']);
    expect(rules.done(task, { ...s, asked: true })).toBe(true);
    const back = play({ type: 'toggle', switchId: 'share-place' }, { type: 'toggle', switchId: 'share-place' });
    expect(back).toEqual(rules.start(task));
  });

  it('plays out "Accept all", and ignores made-up switches and a second ask', () => {
    expect(rules.reduce(task, rules.start(task), { type: 'acceptAll' })).toEqual({ lessSafe: 'accept-all' });
    const start = rules.start(task);
    expect(rules.reduce(task, start, { type: 'toggle', switchId: 'nope' })).toBe(start);
    const asked: TermsAgreeState = { on: ['share-place'], asked: true };
    expect(rules.reduce(task, asked, { type: 'askGrownUp' })).toBe(asked);
  });

  it('freezes once done: nothing more changes', () => {
    const done: TermsAgreeState = { on: [], asked: true };
    expect(rules.reduce(task, done, { type: 'toggle', switchId: 'share-place' })).toBe(done);
    expect(rules.reduce(task, done, { type: 'acceptAll' })).toBe(done);
    expect(rules.actions(task, done)).toEqual([]);
  });

  it('finds the safe path', () => {
    expect(safePath(task)).toHaveLength(3);
    expect(rules.lessSafe(task)).toEqual([task.acceptAll]);
  });
});
