/**
 * What every mini-game type provides, so the generic layer (`../miniGame.ts`),
 * the session and the progress never need to know one mechanic from another.
 */
import type { Mood } from '../../content/types';

/**
 * Actions every type understands. The challenge adds items and drops hints;
 * there is no clock in any game.
 */
export type CommonGameAction = { type: 'start'; challenge: boolean } | { type: 'restart' } | { type: 'review'; index: number };

/** Every type's state starts on `intro` and ends on `results`; what lies between is its own. */
export interface CommonGameState {
  gameId: string;
  phase: string;
  /** The optional challenge: more items, fewer hints. */
  challenge: boolean;
  /** Which answer the results explain: one reason at a time. */
  review: number;
}

export interface MiniGameRules<G, S extends CommonGameState, A> {
  start(game: G): S;
  reduce(game: G, state: S, action: A | CommonGameAction): S;
  /** The game has reached its results: it counts as played. */
  finished(state: S): boolean;
  score(state: S): { correct: number; total: number };
  /** How many items the relaxed game has; a game without any is not offered. */
  size(game: G): number;
  /** How many items this run has (the challenge has more). */
  length(game: G, state: S): number;
  /** The item the child is at, counting from 1, while playing; null on the intro and results. */
  position(game: G, state: S): number | null;
  /** Changes whenever what is on screen changes, so a redraw with the same key keeps focus. */
  viewKey(state: S): string;
  mood(state: S): Mood;
  /** The sound for what just happened as `prev` became `next`; null when nothing needs one. */
  cue(prev: S, next: S): GameCue | null;
}

/** `choice`: a tile placed, a part zoomed into; `good` / `think-again`: an answer; `badge`: the finish. */
export type GameCue = 'good' | 'think-again' | 'choice' | 'badge';

/** The items of a run: the relaxed ones, plus the challenge's own when it is on. */
export function itemsFor<T extends { challengeOnly?: boolean }>(items: readonly T[], challenge: boolean): T[] {
  return items.filter((item) => challenge || !item.challengeOnly);
}

/** The review index kept within the answers, whatever a stale button sends. */
export function reviewIndex(index: number, count: number): number {
  if (!Number.isInteger(index) || count <= 0) return 0;
  return Math.max(0, Math.min(count - 1, index));
}
