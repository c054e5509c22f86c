import type { SayNoTilesTask } from '../../../content/types';
import type { TaskRules } from './taskRules';
import { freeTiles, withTile } from './tileTray';

/**
 * A clear "no" put together from phrase tiles, as a child can't be left to free typing:
 * pick tiles in order (each once), take the last one back, send. A message without a
 * clear "no", or with a tile that leaves the door open, plays out. When the task goes
 * on, the contact pushes back: a screenshot as evidence first, then Block.
 */
export interface SayNoTilesState {
  /** The tiles in the message being built, in order. */
  message: string[];
  /** The message sent: the "no" is in the chat. */
  sent: string[] | null;
  screenshot: boolean;
  blocked: boolean;
}

export type SayNoTilesAction =
  { type: 'addTile'; tileId: string } | { type: 'removeTile' } | { type: 'send' } | { type: 'screenshot' } | { type: 'blockContact' };

/** Enough for a short, clear sentence; more tiles only make the "no" longer. */
export const MAX_TILES = 3;

const goesOn = (task: SayNoTilesTask) => task.pushBack !== undefined;

export const sayNoTiles: TaskRules<SayNoTilesTask, SayNoTilesState, SayNoTilesAction> = {
  start: () => ({ message: [], sent: null, screenshot: false, blocked: false }),

  reduce(task, state, action) {
    if (state.sent === null) {
      switch (action.type) {
        case 'addTile': {
          const message = withTile(task.tiles, state.message, action.tileId, MAX_TILES);
          return message === state.message ? state : { ...state, message };
        }
        case 'removeTile':
          return state.message.length ? { ...state, message: state.message.slice(0, -1) } : state;
        case 'send': {
          if (!state.message.length) return state;
          const tiles = state.message.map((id) => task.tiles.find((t) => t.id === id)!);
          const open = tiles.find((t) => t.lessSafe);
          if (open?.lessSafe) return { lessSafe: open.lessSafe.id };
          if (!tiles.some((t) => t.no)) return { lessSafe: task.unclear.id };
          return { ...state, message: [], sent: state.message };
        }
        default:
          return state;
      }
    }
    if (!goesOn(task) || state.blocked) return state;
    if (action.type === 'screenshot' && !state.screenshot) return { ...state, screenshot: true };
    if (action.type === 'blockContact') {
      if (!state.screenshot && task.blockFirst) return { lessSafe: task.blockFirst.id };
      return { ...state, blocked: true };
    }
    return state;
  },

  done: (task, state) => state.sent !== null && (!goesOn(task) || (state.screenshot && state.blocked)),

  actions(task, state) {
    if (state.sent === null) {
      return [
        ...freeTiles(task.tiles, state.message, MAX_TILES).map((t) => ({ type: 'addTile', tileId: t.id }) as const),
        ...(state.message.length ? [{ type: 'removeTile' } as const, { type: 'send' } as const] : []),
      ];
    }
    if (!goesOn(task) || state.blocked) return [];
    return [...(state.screenshot ? [] : [{ type: 'screenshot' } as const]), { type: 'blockContact' }];
  },

  lessSafe: (task) => [
    ...task.tiles.flatMap((t) => (t.lessSafe ? [t.lessSafe] : [])),
    task.unclear,
    ...(task.blockFirst ? [task.blockFirst] : []),
  ],
};
