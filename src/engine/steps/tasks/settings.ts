import type { SettingsTask } from '../../../content/types';
import type { TaskRules } from './taskRules';

/**
 * Privacy settings as a phone shows them: a list of rows, each opening its options.
 * Picking a less safe option plays out (who can now see or message you) and the
 * setting stays as it was; the task is done when every row with targets meets one.
 */
export interface SettingsState {
  /** The row whose options are open, or null for the list. */
  open: string | null;
  values: Record<string, string>;
}

export type SettingsAction = { type: 'openRow'; rowId: string } | { type: 'closeRow' } | { type: 'pick'; optionId: string };

export const settings: TaskRules<SettingsTask, SettingsState, SettingsAction> = {
  start: (task) => ({ open: null, values: Object.fromEntries(task.rows.map((r) => [r.id, r.start])) }),

  reduce(task, state, action) {
    if (state.open === null) {
      if (action.type !== 'openRow' || !task.rows.some((r) => r.id === action.rowId)) return state;
      return { ...state, open: action.rowId };
    }
    if (action.type === 'closeRow') return { ...state, open: null };
    if (action.type !== 'pick') return state;
    const option = task.rows.find((r) => r.id === state.open)?.options.find((o) => o.id === action.optionId);
    if (!option || state.values[state.open] === option.id) return state;
    if (option.lessSafe) return { lessSafe: option.lessSafe.id };
    // Picking returns to the list, as phones do, so the next row is one tap away.
    return { open: null, values: { ...state.values, [state.open]: option.id } };
  },

  done: (task, state) => task.rows.every((r) => !r.targets || r.targets.includes(state.values[r.id] ?? r.start)),

  actions(task, state) {
    if (state.open === null) return task.rows.map((r) => ({ type: 'openRow', rowId: r.id }) as const);
    const row = task.rows.find((r) => r.id === state.open);
    return [
      { type: 'closeRow' },
      ...(row?.options ?? []).filter((o) => o.id !== state.values[row!.id]).map((o) => ({ type: 'pick', optionId: o.id }) as const),
    ];
  },

  lessSafe: (task) => task.rows.flatMap((r) => r.options.flatMap((o) => (o.lessSafe ? [o.lessSafe] : []))),
};
