/**
 * The sorting mini-game as a pure state machine. Relaxed play has no clock at
 * all; with the timer on, a card not sorted in time simply comes back later,
 * so time can never cost the child anything.
 */
import type { Bin, MiniGameCard, SortingGame } from '../../content/types';
import type { CommonGameAction, MiniGameRules } from './rules';

export type SortingPhase = 'intro' | 'sort' | 'feedback' | 'results';

export interface SortedCard {
  cardId: string;
  bin: Bin;
  correct: boolean;
}

export interface SortingState {
  type: 'sorting';
  gameId: string;
  phase: SortingPhase;
  timed: boolean;
  /** Cards still to sort; the first is on screen. */
  queue: string[];
  sorted: SortedCard[];
  /** The card just sorted, shown with its reason during `feedback`. */
  last: SortedCard | null;
  /** True when the last card went back to the queue because time ran out. */
  deferred: boolean;
}

export type SortingAction = { type: 'sort'; bin: Bin } | { type: 'next' };

export function startSorting(game: SortingGame): SortingState {
  return {
    type: 'sorting',
    gameId: game.id,
    phase: 'intro',
    timed: false,
    queue: game.cards.map((c) => c.id),
    sorted: [],
    last: null,
    deferred: false,
  };
}

export function currentCard(game: SortingGame, state: SortingState): MiniGameCard | undefined {
  return game.cards.find((c) => c.id === state.queue[0]);
}

export function sortingReducer(game: SortingGame, state: SortingState, action: SortingAction | CommonGameAction): SortingState {
  if (action.type === 'restart') return startSorting(game);
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

export function sortingScore(state: SortingState): { correct: number; total: number } {
  return { correct: state.sorted.filter((s) => s.correct).length, total: state.sorted.length };
}

export const sortingRules: MiniGameRules<SortingGame, SortingState, SortingAction> = {
  start: startSorting,
  reduce: sortingReducer,
  finished: (state) => state.phase === 'results',
  score: sortingScore,
  size: (game) => game.cards.length,
  position: (game, state) =>
    state.phase === 'sort' || state.phase === 'feedback'
      ? Math.min(state.sorted.length + (state.phase === 'sort' ? 1 : 0), game.cards.length)
      : null,
  waiting: (state) => state.phase === 'sort',
  viewKey: (state) => `${state.phase}:${state.sorted.length}:${state.queue[0] ?? ''}`,
  mood: (state) =>
    state.phase === 'intro'
      ? 'talking'
      : state.phase === 'sort'
        ? 'thinking'
        : state.phase === 'feedback'
          ? state.last?.correct
            ? 'happy'
            : 'thinking'
          : 'happy',
  cue: (prev, next) => (next.phase === 'feedback' && prev.phase === 'sort' ? (next.last?.correct ? 'good' : 'think-again') : null),
};
