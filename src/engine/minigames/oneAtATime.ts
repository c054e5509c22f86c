/**
 * The walk through a game's items that chat triage, the post detective and
 * pop-up patrol share: items come one at a time from a queue; an answer takes
 * the item off the queue and is shown with its reason (`feedback`); Next brings
 * the following item, or what comes after the items (the results, or another
 * round).
 */
import type { Mood } from '../../content/types';
import type { CommonGameState, GameCue } from './rules';

/** An answer to an item: whether it was one of the right ones. */
export interface Answer {
  right: boolean;
}

/** What such a game's state keeps besides its own: the items to come (the first is on screen) and the last answer. */
export interface OneAtATimeState<R extends Answer> extends CommonGameState {
  queue: string[];
  last: R | null;
}

export interface OneAtATimeRound<S, R> {
  /** The phase an item is on screen in. */
  item: string;
  /** The phase once the queue is empty. */
  after: string;
  /** The answers so far, in order. */
  answers(state: S): readonly R[];
  /** The state with one more answer kept, and what counted for the item on screen cleared. */
  keep(state: S, answer: R): S;
}

export interface OneAtATime<S, R> {
  /** The intro's Start: the first item, or past the items when there are none. */
  begin(started: S): S;
  /** The item on screen answered: it leaves the queue, and its answer is kept and shown. */
  answer(state: S, answer: R): S;
  /** After an answer played out for a beat: the same item comes back. */
  again(state: S): S;
  /** From the feedback: the next item, or past the items. */
  next(state: S): S;
  /** The item the child is at, counting from 1, while playing; null on the intro and results. */
  position(state: S): number | null;
  /**
   * Tiko talks on the intro, thinks over an item, is glad at a right answer (thinks again at
   * another) and at the end; `own` answers for the game's other phases.
   */
  mood(state: S, own?: (state: S) => Mood | undefined): Mood;
  /** The sound of an answer, as an item gives way to its feedback; null for anything else. */
  answerCue(prev: S, next: S): GameCue | null;
}

export function oneAtATime<S extends OneAtATimeState<R>, R extends Answer>(round: OneAtATimeRound<S, R>): OneAtATime<S, R> {
  const upNext = (queue: readonly string[]) => (queue.length ? round.item : round.after);
  return {
    begin: (started) => ({ ...started, phase: upNext(started.queue) }),
    answer: (state, answer) => round.keep({ ...state, phase: 'feedback', queue: state.queue.slice(1), last: answer }, answer),
    again: (state) => ({ ...state, phase: round.item }),
    next: (state) => ({ ...state, phase: upNext(state.queue), last: null, review: 0 }),
    position: (state) =>
      state.phase === 'intro' || state.phase === 'results' ? null : round.answers(state).length + (state.phase === 'feedback' ? 0 : 1),
    mood: (state, own) => {
      if (state.phase === 'intro') return 'talking';
      if (state.phase === round.item) return 'thinking';
      if (state.phase === 'feedback') return state.last?.right ? 'happy' : 'thinking';
      return own?.(state) ?? 'happy';
    },
    answerCue: (prev, next) =>
      prev.phase === round.item && next.phase === 'feedback' ? (next.last?.right ? 'good' : 'think-again') : null,
  };
}
