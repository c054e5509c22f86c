/**
 * The mini-games, whatever their mechanic: a registry of types, each with its
 * own pure rules in `./minigames/`, and the few calls the session, the
 * progress and the screens make, dispatched by the game's `type`.
 */
import type { MiniGame, MiniGameType, Mood } from '../content/types';
import { chatTriageRules, type ChatTriageAction, type ChatTriageState } from './minigames/chatTriage';
import { detectiveRules, type DetectiveAction, type DetectiveState } from './minigames/detective';
import { kindnessRemixRules, type KindnessRemixAction, type KindnessRemixState } from './minigames/kindnessRemix';
import { popupPatrolRules, type PopupPatrolAction, type PopupPatrolState } from './minigames/popupPatrol';
import type { CommonGameAction, GameCue, MiniGameRules } from './minigames/rules';

export type { CommonGameAction, GameCue } from './minigames/rules';

export type MiniGameState = ChatTriageState | DetectiveState | KindnessRemixState | PopupPatrolState;
export type MiniGameAction = CommonGameAction | ChatTriageAction | DetectiveAction | KindnessRemixAction | PopupPatrolAction;

export type GameOf<T extends MiniGameType> = Extract<MiniGame, { type: T }>;
export type StateOf<T extends MiniGameType> = Extract<MiniGameState, { type: T }>;

type RulesFor<T extends MiniGameType> = MiniGameRules<GameOf<T>, StateOf<T>, MiniGameAction>;

/** One entry per type: a new mechanic is a new entry here (the compiler asks for it). */
const RULES: { [T in MiniGameType]: RulesFor<T> } = {
  'chat-triage': chatTriageRules as RulesFor<'chat-triage'>,
  detective: detectiveRules as RulesFor<'detective'>,
  'kindness-remix': kindnessRemixRules as RulesFor<'kindness-remix'>,
  'popup-patrol': popupPatrolRules as RulesFor<'popup-patrol'>,
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

/** How many items a game has in relaxed play; a game without any is not offered. */
export function miniGameSize(game: MiniGame): number {
  return rulesOf(game.type).size(game);
}

/** The header's "3 of 8" while playing; null on the intro and the results. */
export function miniGamePosition(game: MiniGame, state: MiniGameState): { current: number; total: number } | null {
  const rules = rulesOf(state.type);
  const current = rules.position(game, state);
  const total = rules.length(game, state);
  return current === null ? null : { current: Math.min(current, total), total };
}

/** Changes whenever what is on screen changes: a redraw with the same key keeps focus. */
export function miniGameViewKey(state: MiniGameState): string {
  return `game:${state.gameId}:${rulesOf(state.type).viewKey(state)}`;
}

export function miniGameMood(state: MiniGameState): Mood {
  return rulesOf(state.type).mood(state);
}

/** The sound for what just happened in a game: an action, an answer, or reaching the results. */
export function miniGameCue(prev: MiniGameState | null, next: MiniGameState | null): GameCue | null {
  if (!next) return null;
  if (miniGameFinished(next)) return prev && prev.gameId === next.gameId && !miniGameFinished(prev) ? 'badge' : null;
  return prev && prev.type === next.type ? rulesOf(next.type).cue(prev, next) : null;
}

/** Every text key a game shows, for the content checks in all six languages. */
export function miniGameTextKeys(game: MiniGame): string[] {
  const base = [game.title, game.intro, game.wrapUp];
  switch (game.type) {
    case 'chat-triage':
      return [...base, ...game.chats.flatMap((c) => [c.from, c.text, c.why, c.hint, ...(c.playOut ? [c.playOut] : [])])];
    case 'detective':
      return [...base, ...game.posts.flatMap((p) => [p.body, p.why, ...p.parts.flatMap((part) => [part.text, part.note])])];
    case 'kindness-remix':
      return [
        ...base,
        ...game.rounds.flatMap((r) => [
          r.from,
          r.target,
          r.why,
          ...r.support.map((t) => t.text),
          ...r.lines.flatMap((l) => [l.mean, l.why, ...l.tiles.map((t) => t.text)]),
        ]),
      ];
    case 'popup-patrol':
      return [
        ...base,
        ...game.popups.flatMap((p) => [p.from, p.text, p.accept, p.why, ...(p.decline ? [p.decline] : []), ...(p.trap ? [p.trap] : [])]),
        ...game.passphrase.tiles.flatMap((t) => [t.text, ...(t.weak ? [t.weak] : [])]),
      ];
  }
}
