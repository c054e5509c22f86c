import type { PhraseTilesTask } from '../../../content/types';
import type { TaskRules } from './taskRules';
import { firstPicked, reduceTiles, tileActions, type TileAction } from './tileTray';

/**
 * Building a message from phrase tiles, in the order they are picked, and
 * sending it. A sent tile that is unkind or shares too much plays out; the
 * draft is still there after the rewind, to take that tile out.
 */
export interface PhraseTilesState {
  picked: string[];
  sent: boolean;
}

export type PhraseTilesAction = TileAction | { type: 'send' } | { type: 'shortcut'; shortcutId: string };

/** The less safe action a draft would play out when sent, if any: the first such tile's. */
export function draftLessSafe(task: PhraseTilesTask, picked: string[]): string | undefined {
  return firstPicked(task.tiles, picked, (t) => t.lessSafe);
}

export const phraseTiles: TaskRules<PhraseTilesTask, PhraseTilesState, PhraseTilesAction> = {
  start: () => ({ picked: [], sent: false }),

  reduce(task, state, action) {
    if (state.sent) return state;
    switch (action.type) {
      case 'send': {
        if (state.picked.length < task.minTiles) return state;
        const lessSafe = draftLessSafe(task, state.picked);
        return lessSafe ? { lessSafe } : { ...state, sent: true };
      }
      case 'shortcut':
        return task.shortcuts?.some((s) => s.id === action.shortcutId) ? { lessSafe: action.shortcutId } : state;
      default: {
        const picked = reduceTiles(task.tiles, state.picked, action, task.maxTiles);
        return picked === state.picked ? state : { ...state, picked };
      }
    }
  },

  done: (_task, state) => state.sent,

  actions(task, state) {
    if (state.sent) return [];
    return [
      ...tileActions(task.tiles, state.picked, task.maxTiles),
      ...(state.picked.length >= task.minTiles ? [{ type: 'send' } as const] : []),
      ...(task.shortcuts ?? []).map((s) => ({ type: 'shortcut', shortcutId: s.id }) as const),
    ];
  },

  lessSafe: (task) => [...task.lessSafe, ...(task.shortcuts ?? [])],
};
