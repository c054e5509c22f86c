import type { TellGrownUpTask } from '../../../content/types';
import type { TaskRules } from './taskRules';

/**
 * Telling a trusted grown-up, as a phone's share sheet does it: tick what to show them,
 * pick what to say first, then show them. Leaving out something they need to understand,
 * or an opener that hides the worry, plays out with the grown-up's answer.
 */
export interface TellGrownUpState {
  /** The items ticked to show. */
  chosen: string[];
  opener: string | null;
  told: boolean;
}

export type TellGrownUpAction = { type: 'toggleItem'; itemId: string } | { type: 'pickOpener'; openerId: string } | { type: 'show' };

export const tellGrownUp: TaskRules<TellGrownUpTask, TellGrownUpState, TellGrownUpAction> = {
  start: () => ({ chosen: [], opener: null, told: false }),

  reduce(task, state, action) {
    if (state.told) return state;
    switch (action.type) {
      case 'toggleItem': {
        if (!task.items.some((i) => i.id === action.itemId)) return state;
        const chosen = state.chosen.includes(action.itemId)
          ? state.chosen.filter((id) => id !== action.itemId)
          : task.items.filter((i) => i.id === action.itemId || state.chosen.includes(i.id)).map((i) => i.id);
        return { ...state, chosen };
      }
      case 'pickOpener':
        if (state.opener === action.openerId || !task.openers.some((o) => o.id === action.openerId)) return state;
        return { ...state, opener: action.openerId };
      case 'show': {
        const opener = task.openers.find((o) => o.id === state.opener);
        if (!opener) return state;
        if (opener.lessSafe) return { lessSafe: opener.lessSafe.id };
        if (task.items.some((i) => i.needed && !state.chosen.includes(i.id))) return { lessSafe: task.missing.id };
        return { ...state, told: true };
      }
    }
  },

  done: (_task, state) => state.told,

  actions(task, state) {
    if (state.told) return [];
    return [
      ...task.items.map((i) => ({ type: 'toggleItem', itemId: i.id }) as const),
      ...task.openers.filter((o) => o.id !== state.opener).map((o) => ({ type: 'pickOpener', openerId: o.id }) as const),
      ...(state.opener ? [{ type: 'show' } as const] : []),
    ];
  },

  lessSafe: (task) => [...task.openers.flatMap((o) => (o.lessSafe ? [o.lessSafe] : [])), task.missing],
};
