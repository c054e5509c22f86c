import type { SpotCluesTask } from '../../../content/types';
import type { TaskRules } from './taskRules';

/**
 * Reading a post or a video page before acting on it: every part can be
 * tapped, a clue is kept once found, a part that looks fine just says so.
 * The safe decision waits for every clue; a tempting one can be taken at any
 * time and plays out, as the real app would let it.
 */
export interface SpotCluesState {
  /** The clues found, in the order they were found. */
  found: string[];
  /** The part tapped last, whose note shows: a clue's meaning, or "looks fine". */
  looked: string | null;
  decided: boolean;
}

export type SpotCluesAction = { type: 'tapPart'; partId: string } | { type: 'decide'; decisionId: string };

export function cluesToFind(task: SpotCluesTask): string[] {
  return task.parts.filter((p) => p.clue !== undefined).map((p) => p.id);
}

export function allCluesFound(task: SpotCluesTask, state: SpotCluesState): boolean {
  return cluesToFind(task).every((id) => state.found.includes(id));
}

export const spotClues: TaskRules<SpotCluesTask, SpotCluesState, SpotCluesAction> = {
  start: () => ({ found: [], looked: null, decided: false }),

  reduce(task, state, action) {
    if (state.decided) return state;
    if (action.type === 'tapPart') {
      const part = task.parts.find((p) => p.id === action.partId);
      if (!part) return state;
      const isNewClue = part.clue !== undefined && !state.found.includes(part.id);
      if (!isNewClue && state.looked === part.id) return state;
      return { ...state, found: isNewClue ? [...state.found, part.id] : state.found, looked: part.id };
    }
    const decision = task.decisions.find((d) => d.id === action.decisionId);
    if (!decision) return state;
    if (decision.kind === 'less-safe') return { lessSafe: decision.id };
    return allCluesFound(task, state) ? { ...state, decided: true } : state;
  },

  done: (_task, state) => state.decided,

  actions(task, state) {
    if (state.decided) return [];
    return [
      ...task.parts.map((p) => ({ type: 'tapPart', partId: p.id }) as const),
      ...task.decisions
        .filter((d) => d.kind === 'less-safe' || allCluesFound(task, state))
        .map((d) => ({ type: 'decide', decisionId: d.id }) as const),
    ];
  },

  lessSafe: (task) => task.decisions.flatMap((d) => (d.kind === 'less-safe' ? [d] : [])),
};
