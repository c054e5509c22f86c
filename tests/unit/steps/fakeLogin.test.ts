import { describe, expect, it } from 'vitest';
import type { FakeLoginTask } from '../../../src/content';
import { safePath } from '../../../src/engine/steps/tasks';
import { fakeLogin as rules, type FakeLoginState } from '../../../src/engine/steps/tasks/fakeLogin';

const task: FakeLoginTask = {
  task: 'fake-login',
  instruction: 'i',
  address: 'play.skyb1ox.example',
  realAddress: 'play.skyblox.example',
  promise: 'p',
  username: 'u',
  login: { id: 'log-in', playsOut: 'p', outcome: ['o'] },
};

describe('look-alike log-in page: rules', () => {
  it('checks the address (once), then leaves: done', () => {
    const start = rules.start(task);
    const checked = rules.reduce(task, start, { type: 'checkAddress' }) as FakeLoginState;
    expect(checked).toEqual({ checked: true, left: false });
    expect(rules.reduce(task, checked, { type: 'checkAddress' })).toBe(checked);
    expect(rules.done(task, checked)).toBe(false);
    const left = rules.reduce(task, checked, { type: 'leave' }) as FakeLoginState;
    expect(rules.done(task, left)).toBe(true);
  });

  it('plays out logging in, before or after the address is checked', () => {
    expect(rules.reduce(task, rules.start(task), { type: 'logIn' })).toEqual({ lessSafe: 'log-in' });
    expect(rules.reduce(task, { checked: true, left: false }, { type: 'logIn' })).toEqual({ lessSafe: 'log-in' });
  });

  it('ignores anything once the page is left (a double tap on Leave lands on nothing)', () => {
    const left: FakeLoginState = { checked: false, left: true };
    for (const type of ['logIn', 'leave', 'checkAddress'] as const) expect(rules.reduce(task, left, { type })).toBe(left);
    expect(rules.actions(task, left)).toEqual([]);
  });

  it('finds the safe path', () => {
    expect(safePath(task)).toEqual([{ type: 'leave' }]);
    expect(rules.lessSafe(task)).toEqual([task.login]);
  });
});
