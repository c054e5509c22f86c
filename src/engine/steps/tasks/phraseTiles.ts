import type { PhraseTilesTask } from '../../../content/types';
import type { TaskRules } from './taskRules';

/**
 * Building a message from phrase tiles, in the order they are picked, and
 * sending it. A sent tile that is unkind or shares too much plays out; the
 * draft is still there after the rewind, to take that tile out.
 */
export interface PhraseTilesState {
  picked: string[];
  sent: boolean;
}

export type PhraseTilesAction =
  | { type: 'pick'; tileId: string }
  | { type: 'unpick'; tileId: string }
  | { type: 'clear' }
  | { type: 'send' }
  | { type: 'shortcut'; shortcutId: string };

/** The less safe action a draft would play out when sent, if any: the first such tile's. */
export function draftLessSafe(task: PhraseTilesTask, picked: string[]): string | undefined {
  return picked.map((id) => task.tiles.find((t) => t.id === id)?.lessSafe).find((x) => x !== undefined);
}

export const phraseTiles: TaskRules<PhraseTilesTask, PhraseTilesState, PhraseTilesAction> = {
  start: () => ({ picked: [], sent: false }),

  reduce(task, state, action) {
    if (state.sent) return state;
    switch (action.type) {
      case 'pick':
        if (state.picked.includes(action.tileId) || state.picked.length >= task.maxTiles) return state;
        if (!task.tiles.some((t) => t.id === action.tileId)) return state;
        return { ...state, picked: [...state.picked, action.tileId] };
      case 'unpick':
        return state.picked.includes(action.tileId) ? { ...state, picked: state.picked.filter((id) => id !== action.tileId) } : state;
      case 'clear':
        return state.picked.length ? { ...state, picked: [] } : state;
      case 'send': {
        if (state.picked.length < task.minTiles) return state;
        const lessSafe = draftLessSafe(task, state.picked);
        return lessSafe ? { lessSafe } : { ...state, sent: true };
      }
      case 'shortcut':
        return task.shortcuts?.some((s) => s.id === action.shortcutId) ? { lessSafe: action.shortcutId } : state;
    }
  },

  done: (_task, state) => state.sent,

  actions(task, state) {
    if (state.sent) return [];
    const room = state.picked.length < task.maxTiles;
    return [
      ...task.tiles.filter((t) => room && !state.picked.includes(t.id)).map((t) => ({ type: 'pick', tileId: t.id }) as const),
      ...state.picked.map((id) => ({ type: 'unpick', tileId: id }) as const),
      ...(state.picked.length > 1 ? [{ type: 'clear' } as const] : []),
      ...(state.picked.length >= task.minTiles ? [{ type: 'send' } as const] : []),
      ...(task.shortcuts ?? []).map((s) => ({ type: 'shortcut', shortcutId: s.id }) as const),
    ];
  },

  lessSafe: (task) => [...task.lessSafe, ...(task.shortcuts ?? [])],
};
