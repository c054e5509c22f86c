/**
 * The sorting mini-game as a pure state machine. Relaxed play has no clock at
 * all; with the timer on, a card not sorted in time simply comes back later,
 * so time can never cost the child anything.
 */
import type { Bin, MiniGame, MiniGameCard } from '../content/types';

export type GamePhase = 'intro' | 'sort' | 'feedback' | 'results';

export interface SortedCard {
  cardId: string;
  bin: Bin;
  correct: boolean;
}

export interface MiniGameState {
  gameId: string;
  phase: GamePhase;
  timed: boolean;
  /** Cards still to sort; the first is on screen. */
  queue: string[];
  sorted: SortedCard[];
  /** The card just sorted, shown with its reason during `feedback`. */
  last: SortedCard | null;
  /** True when the last card went back to the queue because time ran out. */
  deferred: boolean;
}

export type MiniGameAction =
  | { type: 'start'; timed: boolean }
  | { type: 'sort'; bin: Bin }
  | { type: 'later' }
  | { type: 'next' }
  | { type: 'restart' };

export function startMiniGame(game: MiniGame): MiniGameState {
  return { gameId: game.id, phase: 'intro', timed: false, queue: game.cards.map((c) => c.id), sorted: [], last: null, deferred: false };
}

export function currentCard(game: MiniGame, state: MiniGameState): MiniGameCard | undefined {
  return game.cards.find((c) => c.id === state.queue[0]);
}

export function miniGameReducer(game: MiniGame, state: MiniGameState, action: MiniGameAction): MiniGameState {
  if (action.type === 'restart') return startMiniGame(game);
  switch (state.phase) {
    case 'intro':
      return action.type === 'start' ? { ...state, phase: state.queue.length ? 'sort' : 'results', timed: action.timed } : state;
    case 'sort': {
      const card = currentCard(game, state);
      if (!card) return { ...state, phase: 'results' };
      if (action.type === 'later') {
        return { ...state, queue: [...state.queue.slice(1), card.id], deferred: true };
      }
      if (action.type !== 'sort') return state;
      const sorted: SortedCard = { cardId: card.id, bin: action.bin, correct: card.bin === action.bin };
      return { ...state, phase: 'feedback', queue: state.queue.slice(1), sorted: [...state.sorted, sorted], last: sorted, deferred: false };
    }
    case 'feedback':
      if (action.type !== 'next') return state;
      return { ...state, phase: state.queue.length ? 'sort' : 'results', last: null };
    case 'results':
      return state;
  }
}

export function miniGameScore(state: MiniGameState): { correct: number; total: number } {
  return { correct: state.sorted.filter((s) => s.correct).length, total: state.sorted.length };
}
