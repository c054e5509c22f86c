/**
 * What every mini-game type provides, so the generic layer (`../miniGame.ts`),
 * the session and the progress never need to know one mechanic from another.
 */
import type { Mood } from '../../content/types';

/** Actions every type understands. `later` is the optional timer's only power: the item comes back later. */
export type CommonGameAction = { type: 'start'; timed: boolean } | { type: 'later' } | { type: 'restart' };

/** Every type's state starts on `intro` and ends on `results`; what lies between is its own. */
export interface CommonGameState {
  gameId: string;
  phase: string;
  /** Only ever true at home, when the child chose the timer. */
  timed: boolean;
}

export interface MiniGameRules<G, S extends CommonGameState, A> {
  start(game: G): S;
  reduce(game: G, state: S, action: A | CommonGameAction): S;
  /** The game has reached its results: it counts as played. */
  finished(state: S): boolean;
  score(state: S): { correct: number; total: number };
  /** How many items the game has; a game without any is not offered. */
  size(game: G): number;
  /** The item the child is at, counting from 1, while playing; null on the intro and results. */
  position(game: G, state: S): number | null;
  /** True while an item waits for the child's answer: the only time the optional timer may run. */
  waiting(state: S): boolean;
  /** Changes whenever what is on screen changes, so a redraw with the same key keeps focus and timers. */
  viewKey(state: S): string;
  mood(state: S): Mood;
  /** The sound an answer deserves, as `prev` became `next`; null when nothing was answered. */
  cue(prev: S, next: S): GameCue | null;
}

export type GameCue = 'good' | 'think-again';
