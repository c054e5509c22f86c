import type { LessSafeAction, PracticeTask } from '../../../content/types';

/** A less safe action the child took: it plays out for a beat before Tiko rewinds. */
export interface LessSafe {
  lessSafe: string;
}

/**
 * A practice task's own pure rules. `reduce` returns the same state for an
 * action that does not fit (a double tap, a stale button), so it never throws.
 */
export interface TaskRules<T extends PracticeTask, S, A> {
  start(task: T): S;
  reduce(task: T, state: S, action: A): S | LessSafe;
  done(task: T, state: S): boolean;
  /** Every action the pretend app offers in this state, for walking every path in tests. */
  actions(task: T, state: S): A[];
  /** The less safe actions the task offers, for Tiko's words while one plays out. */
  lessSafe(task: T): LessSafeAction[];
}
