/**
 * The post detective as a pure state machine: zoom into a post's parts
 * (sender, date, "Sponsored", the address) to find the clues, then judge it:
 * real, or check first. A post can only be judged after at least one closer
 * look, so the game is about looking, not guessing.
 */
import type { DetectiveGame, DetectivePost, PostPartId, PostVerdict } from '../../content/types';
import { oneAtATime } from './oneAtATime';
import { itemsFor, reviewIndex, type CommonGameAction, type MiniGameRules } from './rules';

export type DetectivePhase = 'intro' | 'post' | 'feedback' | 'results';

export interface JudgedPost {
  postId: string;
  verdict: PostVerdict;
  right: boolean;
  /** Clues looked at, of the post's clues. */
  found: number;
  clues: number;
}

export interface DetectiveState {
  type: 'detective';
  gameId: string;
  phase: DetectivePhase;
  challenge: boolean;
  queue: string[];
  judged: JudgedPost[];
  last: JudgedPost | null;
  /** The parts of the post on screen looked at so far, in order. */
  looked: PostPartId[];
  /** The part under the magnifying glass. */
  zoom: PostPartId | null;
  review: number;
}

export type DetectiveAction =
  { type: 'zoom'; part: PostPartId } | { type: 'unzoom' } | { type: 'judge'; verdict: PostVerdict } | { type: 'next' };

export function startDetective(game: DetectiveGame, challenge = false): DetectiveState {
  return {
    type: 'detective',
    gameId: game.id,
    phase: 'intro',
    challenge,
    queue: itemsFor(game.posts, challenge).map((p) => p.id),
    judged: [],
    last: null,
    looked: [],
    zoom: null,
    review: 0,
  };
}

export function currentPost(game: DetectiveGame, state: DetectiveState): DetectivePost | undefined {
  return game.posts.find((p) => p.id === state.queue[0]);
}

/** Judging waits for at least one closer look. */
export const canJudge = (state: DetectiveState): boolean => state.phase === 'post' && state.looked.length > 0;

const posts = oneAtATime<DetectiveState, JudgedPost>({
  item: 'post',
  after: 'results',
  answers: (state) => state.judged,
  keep: (state, judged) => ({ ...state, judged: [...state.judged, judged], looked: [], zoom: null }),
});

export function detectiveReducer(game: DetectiveGame, state: DetectiveState, action: DetectiveAction | CommonGameAction): DetectiveState {
  if (action.type === 'restart') return startDetective(game);
  switch (state.phase) {
    case 'intro': {
      if (action.type !== 'start') return state;
      return posts.begin(startDetective(game, action.challenge));
    }
    case 'post': {
      const post = currentPost(game, state);
      if (!post) return { ...state, phase: 'results' };
      if (action.type === 'zoom') {
        if (!post.parts.some((p) => p.id === action.part)) return state;
        const looked = state.looked.includes(action.part) ? state.looked : [...state.looked, action.part];
        return { ...state, looked, zoom: action.part };
      }
      if (action.type === 'unzoom') return state.zoom ? { ...state, zoom: null } : state;
      if (action.type !== 'judge' || !canJudge(state)) return state;
      const clues = post.parts.filter((p) => p.clue);
      const judged: JudgedPost = {
        postId: post.id,
        verdict: action.verdict,
        right: action.verdict === post.verdict,
        found: clues.filter((c) => state.looked.includes(c.id)).length,
        clues: clues.length,
      };
      return posts.answer(state, judged);
    }
    case 'feedback':
      return action.type === 'next' ? posts.next(state) : state;
    case 'results':
      return action.type === 'review' ? { ...state, review: reviewIndex(action.index, state.judged.length) } : state;
  }
}

export const detectiveRules: MiniGameRules<DetectiveGame, DetectiveState, DetectiveAction> = {
  start: (game) => startDetective(game),
  reduce: detectiveReducer,
  finished: (state) => state.phase === 'results',
  score: (state) => ({ correct: state.judged.filter((j) => j.right).length, total: state.judged.length }),
  size: (game) => itemsFor(game.posts, false).length,
  length: (game, state) => itemsFor(game.posts, state.challenge).length,
  position: (_game, state) => posts.position(state),
  viewKey: (state) =>
    `${state.phase}:${state.judged.length}:${state.queue[0] ?? ''}:${state.looked.join(',')}:${state.zoom ?? ''}:${state.review}`,
  mood: (state) => posts.mood(state),
  cue: (prev, next) => {
    if (prev.phase !== 'post') return null;
    return posts.answerCue(prev, next) ?? (next.zoom && next.zoom !== prev.zoom ? 'choice' : null);
  },
};
