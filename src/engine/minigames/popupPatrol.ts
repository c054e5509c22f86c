/**
 * Pop-up patrol as a pure state machine: pop-ups come one at a time; a trick
 * is answered by its real ✕ (or its plain way out), a fine one may be
 * accepted. A trick's big button plays out for one beat (`trap`) and the same
 * pop-up comes back: never a loss. Then a passphrase round: word tiles make a
 * passphrase; a weak tile (a name, a birthday) is named and taken back out.
 */
import type { PassphraseTile, Popup, PopupAnswer, PopupPatrolGame } from '../../content/types';
import { oneAtATime } from './oneAtATime';
import { itemsFor, reviewIndex, type CommonGameAction, type MiniGameRules } from './rules';

/** `passphrase`: tiles being put together; `passCheck`: the passphrase judged. */
export type PopupPatrolPhase = 'intro' | 'popup' | 'trap' | 'feedback' | 'passphrase' | 'passCheck' | 'results';

/** How the passphrase held up: strong, too short, or with a weak tile in it. */
export interface PassphraseResult {
  words: string[];
  strong: boolean;
  /** The first weak tile, when there is one. */
  weak: string | null;
  tooShort: boolean;
  firstTry: boolean;
}

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
  challenge: boolean;
  /** Pop-ups still to answer; the first is on screen. */
  queue: string[];
  answered: AnsweredPopup[];
  /** The pop-up just answered, shown with its reason during `feedback`. */
  last: AnsweredPopup | null;
  /** How many times the pop-up on screen sprang its trap. */
  sprung: number;
  /** The passphrase's tiles, in order. */
  words: string[];
  /** Passphrases tried that were not strong yet. */
  passTries: number;
  pass: PassphraseResult | null;
  /** Which answer the results explain: one reason at a time; the passphrase comes last. */
  review: number;
}

export type PopupPatrolAction =
  | { type: 'answer'; answer: PopupAnswer }
  /** After a trap's beat: the same pop-up comes back. */
  | { type: 'again' }
  | { type: 'next' }
  | { type: 'addWord'; tile: string }
  | { type: 'removeWord'; index: number }
  | { type: 'usePassphrase' };

export function startPopupPatrol(game: PopupPatrolGame, challenge = false): PopupPatrolState {
  return {
    type: 'popup-patrol',
    gameId: game.id,
    phase: 'intro',
    challenge,
    queue: itemsFor(game.popups, challenge).map((p) => p.id),
    answered: [],
    last: null,
    sprung: 0,
    words: [],
    passTries: 0,
    pass: null,
    review: 0,
  };
}

/** How many words this run's passphrase needs. */
export const wordsNeeded = (game: PopupPatrolGame, state: PopupPatrolState): number =>
  state.challenge ? game.passphrase.words.challenge : game.passphrase.words.relaxed;

export const tileById = (game: PopupPatrolGame, id: string): PassphraseTile | undefined => game.passphrase.tiles.find((t) => t.id === id);

/** A passphrase judged: long enough, and no tile a person could guess. */
export function judgePassphrase(game: PopupPatrolGame, state: PopupPatrolState): PassphraseResult {
  const weak = state.words.find((id) => tileById(game, id)?.weak) ?? null;
  const tooShort = state.words.length < wordsNeeded(game, state);
  return { words: state.words, strong: !weak && !tooShort, weak, tooShort, firstTry: state.passTries === 0 };
}

export function currentPopup(game: PopupPatrolGame, state: PopupPatrolState): Popup | undefined {
  return game.popups.find((p) => p.id === state.queue[0]);
}

/** Whether an answer suits a pop-up: `accept` on a trick springs its trap instead. */
export function isRightAnswer(popup: Popup, answer: PopupAnswer): boolean {
  return popup.trick ? answer !== 'accept' : answer === 'accept';
}

// The passphrase round follows the pop-ups.
const popups = oneAtATime<PopupPatrolState, AnsweredPopup>({
  item: 'popup',
  after: 'passphrase',
  answers: (state) => state.answered,
  keep: (state, answered) => ({ ...state, answered: [...state.answered, answered], sprung: 0 }),
});

export function popupPatrolReducer(
  game: PopupPatrolGame,
  state: PopupPatrolState,
  action: PopupPatrolAction | CommonGameAction,
): PopupPatrolState {
  if (action.type === 'restart') return startPopupPatrol(game);
  switch (state.phase) {
    case 'intro': {
      if (action.type !== 'start') return state;
      return popups.begin(startPopupPatrol(game, action.challenge));
    }
    case 'popup': {
      const popup = currentPopup(game, state);
      if (!popup) return { ...state, phase: 'passphrase' };
      if (action.type !== 'answer') return state;
      // A pop-up without a plain option cannot be answered by one.
      if (action.answer === 'decline' && !popup.decline) return state;
      if (popup.trick && action.answer === 'accept') return { ...state, phase: 'trap', sprung: state.sprung + 1 };
      const answered: AnsweredPopup = {
        popupId: popup.id,
        answer: action.answer,
        right: isRightAnswer(popup, action.answer),
        firstTry: state.sprung === 0,
      };
      return popups.answer(state, answered);
    }
    case 'trap':
      return action.type === 'again' ? popups.again(state) : state;
    case 'feedback':
      return action.type === 'next' ? popups.next(state) : state;
    case 'passphrase':
      if (action.type === 'addWord') {
        // A tile is used once, and a passphrase stays short enough to remember.
        if (!tileById(game, action.tile) || state.words.includes(action.tile) || state.words.length >= MAX_WORDS) return state;
        return { ...state, words: [...state.words, action.tile] };
      }
      if (action.type === 'removeWord') {
        if (!Number.isInteger(action.index) || action.index < 0 || action.index >= state.words.length) return state;
        return { ...state, words: state.words.filter((_, i) => i !== action.index) };
      }
      if (action.type !== 'usePassphrase' || !state.words.length) return state;
      return { ...state, phase: 'passCheck', pass: judgePassphrase(game, state) };
    case 'passCheck':
      if (state.pass?.strong) return action.type === 'next' ? { ...state, phase: 'results', review: 0 } : state;
      if (action.type !== 'again') return state;
      // The weak tile goes back; the others stay, so the child only fixes what needs fixing.
      return {
        ...state,
        phase: 'passphrase',
        words: state.words.filter((id) => id !== state.pass?.weak),
        passTries: state.passTries + 1,
        pass: null,
      };
    case 'results':
      if (action.type !== 'review') return state;
      return { ...state, review: reviewIndex(action.index, state.answered.length + (state.pass ? 1 : 0)) };
  }
}

/** Enough for a strong passphrase, few enough to remember. */
export const MAX_WORDS = 5;

export function popupPatrolScore(state: PopupPatrolState): { correct: number; total: number } {
  const pass = state.pass?.strong ? 1 : 0;
  return {
    correct: state.answered.filter((a) => a.right && a.firstTry).length + (state.pass?.strong && state.pass.firstTry ? 1 : 0),
    total: state.answered.length + pass,
  };
}

export const popupPatrolRules: MiniGameRules<PopupPatrolGame, PopupPatrolState, PopupPatrolAction> = {
  start: startPopupPatrol,
  reduce: popupPatrolReducer,
  finished: (state) => state.phase === 'results',
  score: popupPatrolScore,
  // The passphrase round is one more item after the pop-ups.
  size: (game) => itemsFor(game.popups, false).length + 1,
  length: (game, state) => itemsFor(game.popups, state.challenge).length + 1,
  position: (_game, state) => popups.position(state),
  viewKey: (state) =>
    `${state.phase}:${state.answered.length}:${state.queue[0] ?? ''}:${state.sprung}:${state.words.join(',')}:${state.review}`,
  mood: (state) =>
    popups.mood(state, (s) =>
      s.phase === 'trap'
        ? 'concerned'
        : s.phase === 'passphrase'
          ? 'thinking'
          : s.phase === 'passCheck'
            ? s.pass?.strong
              ? 'happy'
              : 'thinking'
            : undefined,
    ),
  cue: (prev, next) => {
    if (prev.phase === 'passphrase') {
      if (next.phase === 'passCheck') return next.pass?.strong ? 'good' : 'think-again';
      return next.words !== prev.words ? 'choice' : null;
    }
    if (prev.phase === 'popup' && next.phase === 'trap') return 'think-again';
    return popups.answerCue(prev, next);
  },
};
