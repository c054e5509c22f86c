/**
 * The mini-games, whatever their mechanic: a registry of types, each with its
 * own pure rules in `./minigames/`, and the few calls the session, the
 * progress and the screens make, dispatched by the game's `type`.
 */
import type { MiniGame, MiniGameType, Mood } from '../content/types';
import { popupPatrolRules, type PopupPatrolAction, type PopupPatrolState } from './minigames/popupPatrol';
import type { CommonGameAction, GameCue, MiniGameRules } from './minigames/rules';
import { sortingRules, type SortingAction, type SortingState } from './minigames/sorting';

export type { CommonGameAction, GameCue } from './minigames/rules';

export type MiniGameState = SortingState | PopupPatrolState;
export type MiniGameAction = CommonGameAction | SortingAction | PopupPatrolAction;

export type GameOf<T extends MiniGameType> = Extract<MiniGame, { type: T }>;
export type StateOf<T extends MiniGameType> = Extract<MiniGameState, { type: T }>;

/** One entry per type: a new mechanic is a new entry here (the compiler asks for it). */
const RULES: { [T in MiniGameType]: MiniGameRules<GameOf<T>, StateOf<T>, MiniGameAction> } = {
  sorting: sortingRules as MiniGameRules<GameOf<'sorting'>, StateOf<'sorting'>, MiniGameAction>,
  'popup-patrol': popupPatrolRules as MiniGameRules<GameOf<'popup-patrol'>, StateOf<'popup-patrol'>, MiniGameAction>,
};

// TypeScript cannot follow a type shared by a game and its state; each entry is checked above.
const rulesOf = (type: MiniGameType) => RULES[type] as unknown as MiniGameRules<MiniGame, MiniGameState, MiniGameAction>;

export function startMiniGame(game: MiniGame): MiniGameState {
  return rulesOf(game.type).start(game);
}

/** The next state; the same object when the action does not fit (or the state is another game's). */
export function miniGameReducer(game: MiniGame, state: MiniGameState, action: MiniGameAction): MiniGameState {
  if (state.type !== game.type || state.gameId !== game.id) return state;
  return rulesOf(game.type).reduce(game, state, action);
}

export function miniGameFinished(state: MiniGameState): boolean {
  return rulesOf(state.type).finished(state);
}

export function miniGameScore(state: MiniGameState): { correct: number; total: number } {
  return rulesOf(state.type).score(state);
}

/** How many items a game has; a game without any is not offered. */
export function miniGameSize(game: MiniGame): number {
  return rulesOf(game.type).size(game);
}

/** The header's "3 of 8" while playing; null on the intro and the results. */
export function miniGamePosition(game: MiniGame, state: MiniGameState): { current: number; total: number } | null {
  const current = rulesOf(state.type).position(game, state);
  return current === null ? null : { current, total: miniGameSize(game) };
}

/** True while an item waits for an answer: the only time the optional timer may run. */
export function miniGameWaiting(state: MiniGameState): boolean {
  return rulesOf(state.type).waiting(state);
}

/** Changes whenever what is on screen changes: a redraw with the same key keeps focus and the item's timer. */
export function miniGameViewKey(state: MiniGameState): string {
  return `game:${state.gameId}:${rulesOf(state.type).viewKey(state)}`;
}

export function miniGameMood(state: MiniGameState): Mood {
  return rulesOf(state.type).mood(state);
}

/** The sound for what just happened in a game: an answer, or reaching the results. */
export function miniGameCue(prev: MiniGameState | null, next: MiniGameState | null): GameCue | null {
  if (!next) return null;
  if (miniGameFinished(next)) return prev && prev.gameId === next.gameId && !miniGameFinished(prev) ? 'good' : null;
  return prev && prev.type === next.type ? rulesOf(next.type).cue(prev, next) : null;
}
