/**
 * The kindness remix as a pure state machine: a hurtful group-chat message is
 * turned around line by line (a tile takes each line's place), sent, and then
 * the one it was about gets a private, kind message. A tile that still hurts
 * is named and taken back out: never a loss, just another go.
 */
import type { KindnessRemixGame, RemixRound, RemixTile } from '../../content/types';
import { itemsFor, reviewIndex, type CommonGameAction, type MiniGameRules } from './rules';

/** `remix`: lines being replaced; `stillHurts`: a sent line still hurts; `support` / `supportAgain`: the private message. */
export type KindnessRemixPhase = 'intro' | 'remix' | 'stillHurts' | 'support' | 'supportAgain' | 'feedback' | 'results';

export interface RemixedRound {
  roundId: string;
  /** Every line and the support right the first time. */
  firstTry: boolean;
}

export interface KindnessRemixState {
  type: 'kindness-remix';
  gameId: string;
  phase: KindnessRemixPhase;
  challenge: boolean;
  queue: string[];
  done: RemixedRound[];
  /** The tile placed on each line of the round on screen. */
  picks: Readonly<Record<string, string>>;
  /** Lines whose tile still hurt when sent (shown in `stillHurts`). */
  hurts: string[];
  /** The support tile just sent. */
  support: string | null;
  /** Tries that needed another go in this round. */
  slips: number;
  review: number;
}

export type KindnessRemixAction =
  | { type: 'place'; line: string; tile: string }
  | { type: 'clear'; line: string }
  | { type: 'send' }
  | { type: 'support'; tile: string }
  | { type: 'again' }
  | { type: 'next' };

export function startKindnessRemix(game: KindnessRemixGame, challenge = false): KindnessRemixState {
  return {
    type: 'kindness-remix',
    gameId: game.id,
    phase: 'intro',
    challenge,
    queue: itemsFor(game.rounds, challenge).map((r) => r.id),
    done: [],
    picks: {},
    hurts: [],
    support: null,
    slips: 0,
    review: 0,
  };
}

export function currentRound(game: KindnessRemixGame, state: KindnessRemixState): RemixRound | undefined {
  return game.rounds.find((r) => r.id === state.queue[0]);
}

export function pickedTile(round: RemixRound, state: KindnessRemixState, lineId: string): RemixTile | undefined {
  const line = round.lines.find((l) => l.id === lineId);
  return line?.tiles.find((t) => t.id === state.picks[lineId]);
}

/** Every line has a tile: the remix can be sent. */
export const allPlaced = (round: RemixRound, state: KindnessRemixState): boolean => round.lines.every((l) => !!state.picks[l.id]);

export function kindnessRemixReducer(
  game: KindnessRemixGame,
  state: KindnessRemixState,
  action: KindnessRemixAction | CommonGameAction,
): KindnessRemixState {
  if (action.type === 'restart') return startKindnessRemix(game);
  if (state.phase === 'intro') {
    if (action.type !== 'start') return state;
    const started = startKindnessRemix(game, action.challenge);
    return { ...started, phase: started.queue.length ? 'remix' : 'results' };
  }
  if (state.phase === 'results')
    return action.type === 'review' ? { ...state, review: reviewIndex(action.index, state.done.length) } : state;
  const round = currentRound(game, state);
  if (!round) return { ...state, phase: 'results' };
  switch (state.phase) {
    case 'remix': {
      if (action.type === 'place') {
        const line = round.lines.find((l) => l.id === action.line);
        if (!line?.tiles.some((t) => t.id === action.tile)) return state;
        if (state.picks[line.id] === action.tile) return state;
        return { ...state, picks: { ...state.picks, [line.id]: action.tile } };
      }
      if (action.type === 'clear') {
        if (!state.picks[action.line]) return state;
        const picks = { ...state.picks };
        delete picks[action.line];
        return { ...state, picks };
      }
      if (action.type !== 'send' || !allPlaced(round, state)) return state;
      const hurts = round.lines.filter((l) => !pickedTile(round, state, l.id)?.kind).map((l) => l.id);
      return hurts.length ? { ...state, phase: 'stillHurts', hurts, slips: state.slips + 1 } : { ...state, phase: 'support', hurts: [] };
    }
    case 'stillHurts': {
      if (action.type !== 'again') return state;
      const picks = Object.fromEntries(Object.entries(state.picks).filter(([line]) => !state.hurts.includes(line)));
      return { ...state, phase: 'remix', picks, hurts: [] };
    }
    case 'support': {
      if (action.type !== 'support') return state;
      const tile = round.support.find((t) => t.id === action.tile);
      if (!tile) return state;
      if (!tile.kind) return { ...state, phase: 'supportAgain', support: tile.id, slips: state.slips + 1 };
      return {
        ...state,
        phase: 'feedback',
        support: tile.id,
        done: [...state.done, { roundId: round.id, firstTry: state.slips === 0 }],
      };
    }
    case 'supportAgain':
      return action.type === 'again' ? { ...state, phase: 'support', support: null } : state;
    case 'feedback': {
      if (action.type !== 'next') return state;
      const queue = state.queue.slice(1);
      return { ...state, phase: queue.length ? 'remix' : 'results', queue, picks: {}, hurts: [], support: null, slips: 0, review: 0 };
    }
  }
}

export const kindnessRemixRules: MiniGameRules<KindnessRemixGame, KindnessRemixState, KindnessRemixAction> = {
  start: (game) => startKindnessRemix(game),
  reduce: kindnessRemixReducer,
  finished: (state) => state.phase === 'results',
  score: (state) => ({ correct: state.done.filter((d) => d.firstTry).length, total: state.done.length }),
  size: (game) => itemsFor(game.rounds, false).length,
  length: (game, state) => itemsFor(game.rounds, state.challenge).length,
  position: (_game, state) =>
    state.phase === 'intro' || state.phase === 'results' ? null : state.done.length + (state.phase === 'feedback' ? 0 : 1),
  viewKey: (state) =>
    `${state.phase}:${state.done.length}:${state.queue[0] ?? ''}:${Object.entries(state.picks)
      .map(([l, t]) => `${l}=${t}`)
      .join(',')}:${state.support ?? ''}:${state.review}`,
  mood: (state) =>
    state.phase === 'intro'
      ? 'talking'
      : state.phase === 'remix' || state.phase === 'support'
        ? 'thinking'
        : state.phase === 'stillHurts' || state.phase === 'supportAgain'
          ? 'concerned'
          : 'happy',
  cue: (prev, next) => {
    if (next.phase === 'stillHurts' || next.phase === 'supportAgain') return prev.phase === next.phase ? null : 'think-again';
    if (next.phase === 'support' && prev.phase === 'remix') return 'good';
    if (next.phase === 'feedback' && prev.phase === 'support') return 'good';
    if (next.phase === 'remix' && prev.phase === 'remix' && next.picks !== prev.picks) return 'choice';
    return null;
  },
};
