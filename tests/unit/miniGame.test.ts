/**
 * The generic layer over every mini-game type: whatever a world's game is, it
 * can be played to its results, counts as played, and is never lost by a
 * wrong answer. A new type must teach `rightAnswer` how to play it.
 */
import { describe, expect, it } from 'vitest';
import { MINI_GAME_TYPES, WORLDS, type MiniGame } from '../../src/content';
import {
  miniGameCue,
  miniGameFinished,
  miniGameMood,
  miniGamePosition,
  miniGameReducer,
  miniGameScore,
  miniGameSize,
  miniGameViewKey,
  startMiniGame,
  type MiniGameAction,
  type MiniGameState,
} from '../../src/engine/miniGame';
import { currentChat } from '../../src/engine/minigames/chatTriage';
import { currentPost } from '../../src/engine/minigames/detective';
import { currentRound } from '../../src/engine/minigames/kindnessRemix';
import { currentPopup, wordsNeeded } from '../../src/engine/minigames/popupPatrol';
import { createGameStore } from '../../src/state/gameStore';
import { createSession } from '../../src/state/session';

/** What a child who knows the answers presses next. */
function rightAnswer(game: MiniGame, state: MiniGameState, challenge = false): MiniGameAction {
  if (state.phase === 'intro') return { type: 'start', challenge };
  if (state.phase === 'feedback') return { type: 'next' };
  switch (game.type) {
    case 'chat-triage': {
      if (state.type !== 'chat-triage') break;
      if (state.phase === 'playOut') return { type: 'again' };
      return { type: 'triage', action: currentChat(game, state)!.best[0]! };
    }
    case 'detective': {
      if (state.type !== 'detective') break;
      const post = currentPost(game, state)!;
      const clue = post.parts.find((p) => p.clue && !state.looked.includes(p.id));
      if (clue) return { type: 'zoom', part: clue.id };
      if (!state.looked.length) return { type: 'zoom', part: post.parts[0]!.id };
      return { type: 'judge', verdict: post.verdict };
    }
    case 'kindness-remix': {
      if (state.type !== 'kindness-remix') break;
      const round = currentRound(game, state)!;
      if (state.phase === 'support') return { type: 'support', tile: round.support.find((t) => t.kind)!.id };
      if (state.phase === 'stillHurts' || state.phase === 'supportAgain') return { type: 'again' };
      const line = round.lines.find((l) => state.picks[l.id] !== l.tiles.find((t) => t.kind)!.id);
      if (line) return { type: 'place', line: line.id, tile: line.tiles.find((t) => t.kind)!.id };
      return { type: 'send' };
    }
    case 'popup-patrol': {
      if (state.type !== 'popup-patrol') break;
      if (state.phase === 'trap' || (state.phase === 'passCheck' && !state.pass?.strong)) return { type: 'again' };
      if (state.phase === 'passCheck') return { type: 'next' };
      if (state.phase === 'passphrase') {
        const strong = game.passphrase.tiles.filter((t) => !t.weak && !state.words.includes(t.id));
        return state.words.length < wordsNeeded(game, state) ? { type: 'addWord', tile: strong[0]!.id } : { type: 'usePassphrase' };
      }
      const popup = currentPopup(game, state);
      return { type: 'answer', answer: popup!.trick ? 'close' : 'accept' };
    }
    default: {
      const unknown: never = game;
      throw new Error(`No way to play ${JSON.stringify(unknown)}`);
    }
  }
  throw new Error(`${game.id}: a state of another type`);
}

/** What a child who taps whatever looks biggest or friendliest presses next. */
function tempting(game: MiniGame, state: MiniGameState): MiniGameAction {
  if (state.phase === 'intro') return { type: 'start', challenge: false };
  if (state.phase === 'feedback') return { type: 'next' };
  switch (state.type) {
    case 'chat-triage':
      return state.phase === 'playOut' ? { type: 'again' } : { type: 'triage', action: 'answer' };
    case 'detective':
      return state.looked.length ? { type: 'judge', verdict: 'real' } : rightAnswer(game, state);
    case 'kindness-remix': {
      if (state.phase === 'stillHurts' || state.phase === 'supportAgain') return { type: 'again' };
      const round = game.type === 'kindness-remix' ? currentRound(game, state)! : null;
      if (state.phase === 'support') {
        // Once a less kind message, then the kind one.
        const unkind = round!.support.find((t) => !t.kind)!;
        return { type: 'support', tile: state.slips < 2 ? unkind.id : round!.support.find((t) => t.kind)!.id };
      }
      if (state.slips > 0) return rightAnswer(game, state);
      const empty = round!.lines.find((l) => !state.picks[l.id]);
      return empty ? { type: 'place', line: empty.id, tile: empty.tiles.find((t) => !t.kind)!.id } : { type: 'send' };
    }
    case 'popup-patrol': {
      if (state.phase === 'trap' || state.phase === 'passCheck') return state.pass?.strong ? { type: 'next' } : { type: 'again' };
      if (state.phase === 'passphrase') {
        const weak = game.type === 'popup-patrol' ? game.passphrase.tiles.find((t) => t.weak)! : null;
        if (state.passTries === 0 && !state.words.includes(weak!.id)) return { type: 'addWord', tile: weak!.id };
        if (state.passTries === 0) return { type: 'usePassphrase' };
        return rightAnswer(game, state);
      }
      return { type: 'answer', answer: 'accept' };
    }
  }
}

function play(game: MiniGame, pick: (g: MiniGame, s: MiniGameState) => MiniGameAction, limit = 200): MiniGameState[] {
  const states = [startMiniGame(game)];
  for (let i = 0; i < limit && !miniGameFinished(states.at(-1)!); i++) {
    const before = states.at(-1)!;
    const next = miniGameReducer(game, before, pick(game, before));
    expect(next, `${game.id}: an action that fits always changes something`).not.toBe(before);
    states.push(next);
  }
  return states;
}

describe('every mini-game, whatever its type', () => {
  it('has four mechanics, one per world', () => {
    expect(MINI_GAME_TYPES).toEqual(['chat-triage', 'detective', 'kindness-remix', 'popup-patrol']);
    expect(new Set(WORLDS.map((w) => w.game.type)).size).toBe(4);
  });

  it.each(WORLDS.map((w) => [w.game.id, w.game] as const))('%s: played right, reaches its results with every item right', (_, game) => {
    const states = play(game, rightAnswer);
    const last = states.at(-1)!;
    expect(miniGameFinished(last)).toBe(true);
    expect(miniGameScore(last)).toEqual({ correct: miniGameSize(game), total: miniGameSize(game) });
    expect(miniGamePosition(game, last)).toBeNull();
    expect(miniGameMood(last)).toBe('happy');
    // Every screen change is a new view key, so focus moves to what is new.
    for (let i = 1; i < states.length; i++) expect(miniGameViewKey(states[i]!)).not.toBe(miniGameViewKey(states[i - 1]!));
  });

  it.each(WORLDS.map((w) => [w.game.id, w.game] as const))(
    '%s: tapping whatever tempts still reaches the results: never a loss',
    (_, game) => {
      const last = play(game, (g, s) => {
        // A trap (or an answer that plays out) comes back once; then this child does it the safe way.
        if (s.type === 'popup-patrol' && s.phase === 'popup' && s.sprung > 0) return rightAnswer(g, s);
        if (s.type === 'chat-triage' && s.phase === 'message' && s.playedOut > 0) return rightAnswer(g, s);
        return tempting(g, s);
      }).at(-1)!;
      expect(miniGameFinished(last)).toBe(true);
      expect(miniGameScore(last).total).toBe(miniGameSize(game));
    },
  );

  it.each(WORLDS.map((w) => [w.game.id, w.game] as const))('%s: the challenge has more items, and no clock anywhere', (_, game) => {
    const states = play(game, (g, s) => rightAnswer(g, s, true));
    const last = states.at(-1)!;
    expect(last.challenge).toBe(true);
    expect(miniGameScore(last).total).toBeGreaterThan(miniGameSize(game));
    expect(miniGameScore(last).correct).toBe(miniGameScore(last).total);
    expect(Object.keys(last)).not.toContain('timed');
  });

  it.each(WORLDS.map((w) => [w.game.id, w.game] as const))('%s: every answer has a sound, and the finish its own', (_, game) => {
    const states = play(game, rightAnswer);
    const cues = states.slice(1).map((s, i) => miniGameCue(states[i]!, s));
    expect(cues.at(-1)).toBe('badge');
    expect(cues.filter((c) => c === 'good').length).toBeGreaterThanOrEqual(miniGameSize(game) - 1);
  });

  it('ignores a state that belongs to another game', () => {
    const [a, b] = [WORLDS[0]!.game, WORLDS[3]!.game];
    const s = startMiniGame(b);
    expect(miniGameReducer(a, s, { type: 'start', challenge: false })).toBe(s);
  });

  it.each(WORLDS.map((w) => [w.family, w.game] as const))(
    '%s: through the session, a finished game counts as played, once',
    (family, game) => {
      const store = createGameStore({ storage: null });
      const session = createSession(store);
      session.openGame(family);
      expect(session.getState()).toMatchObject({ screen: 'game', game: { gameId: game.id, type: game.type, phase: 'intro' } });
      for (let i = 0; i < 200 && !miniGameFinished(session.getState().game!); i++)
        session.gameAct(rightAnswer(game, session.getState().game!));
      expect(miniGameFinished(session.getState().game!)).toBe(true);
      expect(store.getState().progress.games).toEqual([game.id]);
      session.gameAct({ type: 'restart' });
      expect(session.getState().game!.phase).toBe('intro');
      expect(store.getState().progress.games).toEqual([game.id]);
    },
  );
});
