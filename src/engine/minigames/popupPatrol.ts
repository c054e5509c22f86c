/**
 * Pop-up patrol as a pure state machine: pop-ups come one at a time; a trick
 * is answered by its real ✕ (or its plain way out), a fine one may be
 * accepted. A trick's big button plays out for one beat (`trap`) and the same
 * pop-up comes back: never a loss. Relaxed play has no clock; with the timer
 * on, a pop-up left alone just comes back later.
 */
import type { Popup, PopupAnswer, PopupPatrolGame } from '../../content/types';
import type { CommonGameAction, MiniGameRules } from './rules';

export type PopupPatrolPhase = 'intro' | 'popup' | 'trap' | 'feedback' | 'results';

export interface AnsweredPopup {
  popupId: string;
  answer: PopupAnswer;
  /** A trick closed or declined, or a fine pop-up accepted. Declining a fine one is allowed, just not needed. */
  right: boolean;
  /** Answered without springing its trap first. */
  firstTry: boolean;
}

export interface PopupPatrolState {
  type: 'popup-patrol';
  gameId: string;
  phase: PopupPatrolPhase;
  timed: boolean;
  /** Pop-ups still to answer; the first is on screen. */
  queue: string[];
  answered: AnsweredPopup[];
  /** The pop-up just answered, shown with its reason during `feedback`. */
  last: AnsweredPopup | null;
  /** How many times the pop-up on screen sprang its trap. */
  sprung: number;
  /** True when the last pop-up went back to the queue because time ran out. */
  deferred: boolean;
  /** Which answer the results explain: one reason at a time. */
  review: number;
}

export type PopupPatrolAction =
  | { type: 'answer'; answer: PopupAnswer }
  /** After a trap's beat: the same pop-up comes back. */
  | { type: 'again' }
  | { type: 'next' }
  | { type: 'review'; index: number };

export function startPopupPatrol(game: PopupPatrolGame): PopupPatrolState {
  return {
    type: 'popup-patrol',
    gameId: game.id,
    phase: 'intro',
    timed: false,
    queue: game.popups.map((p) => p.id),
    answered: [],
    last: null,
    sprung: 0,
    deferred: false,
    review: 0,
  };
}

export function currentPopup(game: PopupPatrolGame, state: PopupPatrolState): Popup | undefined {
  return game.popups.find((p) => p.id === state.queue[0]);
}

/** Whether an answer suits a pop-up: `accept` on a trick springs its trap instead. */
export function isRightAnswer(popup: Popup, answer: PopupAnswer): boolean {
  return popup.trick ? answer !== 'accept' : answer === 'accept';
}

export function popupPatrolReducer(
  game: PopupPatrolGame,
  state: PopupPatrolState,
  action: PopupPatrolAction | CommonGameAction,
): PopupPatrolState {
  if (action.type === 'restart') return startPopupPatrol(game);
  switch (state.phase) {
    case 'intro':
      return action.type === 'start' ? { ...state, phase: state.queue.length ? 'popup' : 'results', timed: action.timed } : state;
    case 'popup': {
      const popup = currentPopup(game, state);
      if (!popup) return { ...state, phase: 'results' };
      if (action.type === 'later') return { ...state, queue: [...state.queue.slice(1), popup.id], sprung: 0, deferred: true };
      if (action.type !== 'answer') return state;
      // A pop-up without a plain option cannot be answered by one.
      if (action.answer === 'decline' && !popup.decline) return state;
      if (popup.trick && action.answer === 'accept') return { ...state, phase: 'trap', sprung: state.sprung + 1, deferred: false };
      const answered: AnsweredPopup = {
        popupId: popup.id,
        answer: action.answer,
        right: isRightAnswer(popup, action.answer),
        firstTry: state.sprung === 0,
      };
      return {
        ...state,
        phase: 'feedback',
        queue: state.queue.slice(1),
        answered: [...state.answered, answered],
        last: answered,
        sprung: 0,
        deferred: false,
      };
    }
    case 'trap':
      return action.type === 'again' ? { ...state, phase: 'popup' } : state;
    case 'feedback':
      if (action.type !== 'next') return state;
      return { ...state, phase: state.queue.length ? 'popup' : 'results', last: null, review: 0 };
    case 'results':
      if (action.type !== 'review' || !Number.isInteger(action.index)) return state;
      return { ...state, review: Math.max(0, Math.min(state.answered.length - 1, action.index)) };
  }
}

export function popupPatrolScore(state: PopupPatrolState): { correct: number; total: number } {
  return { correct: state.answered.filter((a) => a.right && a.firstTry).length, total: state.answered.length };
}

export const popupPatrolRules: MiniGameRules<PopupPatrolGame, PopupPatrolState, PopupPatrolAction> = {
  start: startPopupPatrol,
  reduce: popupPatrolReducer,
  finished: (state) => state.phase === 'results',
  score: popupPatrolScore,
  size: (game) => game.popups.length,
  position: (game, state) =>
    state.phase === 'intro' || state.phase === 'results'
      ? null
      : Math.min(state.answered.length + (state.phase === 'feedback' ? 0 : 1), game.popups.length),
  waiting: (state) => state.phase === 'popup',
  viewKey: (state) => `${state.phase}:${state.answered.length}:${state.queue[0] ?? ''}:${state.sprung}:${state.review}`,
  mood: (state) =>
    state.phase === 'intro'
      ? 'talking'
      : state.phase === 'popup'
        ? 'thinking'
        : state.phase === 'trap'
          ? 'concerned'
          : state.phase === 'feedback'
            ? state.last?.right
              ? 'happy'
              : 'thinking'
            : 'happy',
  cue: (prev, next) => {
    if (prev.phase !== 'popup') return null;
    if (next.phase === 'trap') return 'think-again';
    return next.phase === 'feedback' ? (next.last?.right ? 'good' : 'think-again') : null;
  },
};
