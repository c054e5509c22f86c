import type { BreakReminderTask } from '../../../content/types';
import type { TaskRules } from './taskRules';

/**
 * A game's break settings: each row takes effect as it is changed, as in a
 * phone's settings, and the task is done once every row is set to a value that
 * gives a break. "Next round" stays tempting beside them and plays out.
 */
export interface BreakReminderState {
  values: Record<string, string>;
}

export type BreakReminderAction = { type: 'set'; rowId: string; optionId: string } | { type: 'playOn' };

export const breakReminder: TaskRules<BreakReminderTask, BreakReminderState, BreakReminderAction> = {
  start: (task) => ({ values: Object.fromEntries(task.rows.map((r) => [r.id, r.initial])) }),

  reduce(task, state, action) {
    if (action.type === 'playOn') return breakReminder.done(task, state) ? state : { lessSafe: task.playOn.id };
    const row = task.rows.find((r) => r.id === action.rowId);
    if (!row || !row.options.some((o) => o.id === action.optionId) || state.values[row.id] === action.optionId) return state;
    return { values: { ...state.values, [row.id]: action.optionId } };
  },

  done: (task, state) => task.rows.every((r) => r.safe.includes(state.values[r.id] ?? r.initial)),

  actions(task, state) {
    if (breakReminder.done(task, state)) return [];
    return [
      ...task.rows.flatMap((r) =>
        r.options.filter((o) => o.id !== state.values[r.id]).map((o) => ({ type: 'set', rowId: r.id, optionId: o.id }) as const),
      ),
      { type: 'playOn' },
    ];
  },

  lessSafe: (task) => [task.playOn],
};
