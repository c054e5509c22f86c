import { expect } from 'vitest';
import type { TaskRules } from '../../../src/engine/steps/tasks';

/**
 * Walks every state a task's app can reach by the actions it offers: each offered action
 * changes something (or plays out), and the task can still be finished from every state.
 */
export function walkEveryState<T, S, A extends { type: string }>(rules: TaskRules<never, S, A>, task: T, depth = 12): Map<string, S> {
  const r = rules as unknown as TaskRules<T & never, S, A>;
  const t = task as T & never;
  const key = (s: S) => JSON.stringify(s);
  const seen = new Map<string, S>([[key(r.start(t)), r.start(t)]]);
  const queue = [r.start(t)];
  while (queue.length) {
    const state = queue.shift()!;
    for (const action of r.actions(t, state)) {
      const result = r.reduce(t, state, action);
      expect(result, `${key(state)} ${JSON.stringify(action)}`).not.toBe(state);
      if (typeof result === 'object' && result !== null && 'lessSafe' in result) {
        expect(r.lessSafe(t).map((a) => a.id)).toContain((result as { lessSafe: string }).lessSafe);
        continue;
      }
      if (seen.has(key(result as S))) continue;
      seen.set(key(result as S), result as S);
      queue.push(result as S);
    }
  }
  // Memoised: a state that can (or cannot) be finished is worked out once.
  const finishes = new Map<string, boolean>();
  const canFinish = (from: S, d = 0): boolean => {
    const k = key(from);
    const known = finishes.get(k);
    if (known !== undefined) return known;
    const result =
      r.done(t, from) ||
      (d < depth &&
        r.actions(t, from).some((a) => {
          const res = r.reduce(t, from, a);
          return !(typeof res === 'object' && res !== null && 'lessSafe' in res) && canFinish(res as S, d + 1);
        }));
    if (result) finishes.set(k, true);
    return result;
  };
  for (const state of seen.values()) expect(canFinish(state), key(state)).toBe(true);
  return seen;
}
