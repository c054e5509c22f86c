import type { PassphraseTask } from '../../../content/types';
import type { TaskRules } from './taskRules';
import { firstPicked, reduceTiles, tileActions, type TileAction } from './tileTray';

/**
 * Building a passphrase from word tiles, with a strength meter. Saving one
 * that holds a guessable tile (a name, a birthday, 1234) plays out.
 */
export interface PassphraseState {
  picked: string[];
  saved: boolean;
}

export type PassphraseAction = TileAction | { type: 'save' };

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
      case 'save': {
        if (state.picked.length < task.words) return state;
        const weak = firstPicked(task.tiles, state.picked, (t) => t.weak);
        return weak ? { lessSafe: weak } : { ...state, saved: true };
      }
      default: {
        const picked = reduceTiles(task.tiles, state.picked, action, task.maxTiles);
        return picked === state.picked ? state : { ...state, picked };
      }
    }
  },

  done: (_task, state) => state.saved,

  actions(task, state) {
    if (state.saved) return [];
    return [
      ...tileActions(task.tiles, state.picked, task.maxTiles),
      ...(state.picked.length >= task.words ? [{ type: 'save' } as const] : []),
    ];
  },

  lessSafe: (task) => task.weak,
};
