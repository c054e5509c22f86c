import { expect } from 'vitest';
import type { PracticeTask } from '../../../src/content';
import type { TaskRules } from '../../../src/engine/steps/tasks';

/**
 * Walks every state a task's app can reach by the actions it offers: each offered action
 * changes something (or plays out), and the task can be finished from every state.
 */
export function walkEveryState<T extends PracticeTask, S, A extends { type: string }>(rules: TaskRules<T, S, A>, task: T): S[] {
  const key = (s: S) => JSON.stringify(s);
  const seen = new Map<string, S>([[key(rules.start(task)), rules.start(task)]]);
  const queue = [rules.start(task)];
  while (queue.length) {
    const state = queue.shift()!;
    for (const action of rules.actions(task, state)) {
      const result = rules.reduce(task, state, action);
      expect(result, `${key(state)} ${JSON.stringify(action)}`).not.toBe(state);
      if (typeof result === 'object' && result !== null && 'lessSafe' in result) {
        expect(rules.lessSafe(task).map((l) => l.id)).toContain((result as { lessSafe: string }).lessSafe);
        continue;
      }
      if (seen.has(key(result as S))) continue;
      seen.set(key(result as S), result as S);
      queue.push(result as S);
    }
  }
  const finishable = new Set([...seen.keys()].filter((k) => rules.done(task, seen.get(k)!)));
  expect(finishable.size).toBeGreaterThan(0);
  // Backwards: a state can finish if some safe action leads to a state that can.
  let grew = true;
  while (grew) {
    grew = false;
    for (const [k, s] of seen) {
      if (finishable.has(k)) continue;
      if (
        rules.actions(task, s).some((a) => {
          const r = rules.reduce(task, s, a);
          return !(typeof r === 'object' && r !== null && 'lessSafe' in r) && finishable.has(key(r as S));
        })
      ) {
        finishable.add(k);
        grew = true;
      }
    }
  }
  for (const k of seen.keys()) expect(finishable.has(k), `stuck in ${k}`).toBe(true);
  return [...seen.values()];
}

/** Plays actions in order; a less safe action leaves the state as it was, as the practice kind does. */
export function playAll<T extends PracticeTask, S, A>(rules: TaskRules<T, S, A>, task: T, ...actions: A[]): S {
  return actions.reduce((state, action) => {
    const result = rules.reduce(task, state, action);
    return typeof result === 'object' && result !== null && 'lessSafe' in result ? state : (result as S);
  }, rules.start(task));
}
