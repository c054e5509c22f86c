import { describe, expect, it } from 'vitest';
import type { PermissionRequest, PermissionsTask } from '../../../src/content';
import { safePath } from '../../../src/engine/steps/tasks';
import { permissions as rules, type PermissionsState } from '../../../src/engine/steps/tasks/permissions';

const ask = (kind: PermissionRequest['kind'], fits: PermissionRequest['fits']): PermissionRequest => ({
  id: kind,
  kind,
  question: `q:${kind}`,
  fits,
  otherwise: { id: `${kind}-wrong`, playsOut: 'p', outcome: ['o'] },
});
const task: PermissionsTask = {
  task: 'permissions',
  instruction: 'i',
  app: 'a',
  requests: [ask('camera', 'allow'), ask('location', 'deny'), ask('contacts', 'deny')],
};

describe('permission dialogs: rules', () => {
  it('moves on with the answer that fits each request, and is done after the last', () => {
    let state = rules.start(task);
    for (const [id, answer] of [
      ['camera', 'allow'],
      ['location', 'deny'],
      ['contacts', 'deny'],
    ] as const) {
      expect(rules.done(task, state)).toBe(false);
      state = rules.reduce(task, state, { type: 'answer', requestId: id, answer }) as PermissionsState;
    }
    expect(state).toEqual({ answers: ['allow', 'deny', 'deny'] });
    expect(rules.done(task, state)).toBe(true);
    expect(rules.actions(task, state)).toEqual([]);
  });

  it('plays out the other answer: allowing location, or refusing the camera the app needs', () => {
    expect(rules.reduce(task, rules.start(task), { type: 'answer', requestId: 'camera', answer: 'deny' })).toEqual({
      lessSafe: 'camera-wrong',
    });
    expect(rules.reduce(task, { answers: ['allow'] }, { type: 'answer', requestId: 'location', answer: 'allow' })).toEqual({
      lessSafe: 'location-wrong',
    });
  });

  it('ignores a double tap that would answer the next dialog, or one answered already', () => {
    const one: PermissionsState = { answers: ['allow'] };
    expect(rules.reduce(task, one, { type: 'answer', requestId: 'camera', answer: 'allow' })).toBe(one);
    const start = rules.start(task);
    expect(rules.reduce(task, start, { type: 'answer', requestId: 'location', answer: 'deny' })).toBe(start);
  });

  it('finds the safe path and lists every less safe answer', () => {
    expect(safePath(task).map((a) => ('answer' in a ? a.answer : null))).toEqual(['allow', 'deny', 'deny']);
    expect(rules.lessSafe(task).map((a) => a.id)).toEqual(['camera-wrong', 'location-wrong', 'contacts-wrong']);
  });
});
