import type { PassphraseTask } from '../../../content/types';
import type { TaskRules } from './taskRules';

/**
 * Building a passphrase from word tiles, with a strength meter. Saving one
 * that holds a guessable tile (a name, a birthday, 1234) plays out.
 */
export interface PassphraseState {
  picked: string[];
  saved: boolean;
}

export type PassphraseAction = { type: 'pick'; tileId: string } | { type: 'unpick'; tileId: string } | { type: 'clear' } | { type: 'save' };

/** What the meter shows: a guessable tile makes any passphrase weak. */
export type Strength = 'empty' | 'weak' | 'fair' | 'strong';

export function strength(task: PassphraseTask, picked: string[]): Strength {
  if (!picked.length) return 'empty';
  if (picked.some((id) => task.tiles.find((t) => t.id === id)?.weak)) return 'weak';
  if (picked.length >= task.words) return 'strong';
  return picked.length > 1 ? 'fair' : 'weak';
}

export const passphrase: TaskRules<PassphraseTask, PassphraseState, PassphraseAction> = {
  start: () => ({ picked: [], saved: false }),

  reduce(task, state, action) {
    if (state.saved) return state;
    switch (action.type) {
      case 'pick':
        if (state.picked.includes(action.tileId) || state.picked.length >= task.maxTiles) return state;
        if (!task.tiles.some((t) => t.id === action.tileId)) return state;
        return { ...state, picked: [...state.picked, action.tileId] };
      case 'unpick':
        return state.picked.includes(action.tileId) ? { ...state, picked: state.picked.filter((id) => id !== action.tileId) } : state;
      case 'clear':
        return state.picked.length ? { ...state, picked: [] } : state;
      case 'save': {
        if (state.picked.length < task.words) return state;
        const weak = state.picked.map((id) => task.tiles.find((t) => t.id === id)?.weak).find((x) => x !== undefined);
        return weak ? { lessSafe: weak } : { ...state, saved: true };
      }
    }
  },

  done: (_task, state) => state.saved,

  actions(task, state) {
    if (state.saved) return [];
    const room = state.picked.length < task.maxTiles;
    return [
      ...task.tiles.filter((t) => room && !state.picked.includes(t.id)).map((t) => ({ type: 'pick', tileId: t.id }) as const),
      ...state.picked.map((id) => ({ type: 'unpick', tileId: id }) as const),
      ...(state.picked.length > 1 ? [{ type: 'clear' } as const] : []),
      ...(state.picked.length >= task.words ? [{ type: 'save' } as const] : []),
    ];
  },

  lessSafe: (task) => task.weak,
};
