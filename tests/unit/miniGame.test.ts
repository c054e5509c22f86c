/**
 * The generic layer over every mini-game type: whatever a world's game is, it
 * can be played to its results, counts as played, and is never lost by a
 * wrong answer. A new type must teach `rightAnswer` how to play it.
 */
import { describe, expect, it } from 'vitest';
import { MINI_GAME_TYPES, WORLDS, type MiniGame } from '../../src/content';
import {
  miniGameFinished,
  miniGameMood,
  miniGamePosition,
  miniGameReducer,
  miniGameScore,
  miniGameSize,
  miniGameViewKey,
  miniGameWaiting,
  startMiniGame,
  type MiniGameAction,
  type MiniGameState,
} from '../../src/engine/miniGame';
import { currentPopup } from '../../src/engine/minigames/popupPatrol';
import { currentCard } from '../../src/engine/minigames/sorting';
import { createGameStore } from '../../src/state/gameStore';
import { createSession } from '../../src/state/session';

/** What a child who knows the answers presses next. */
function rightAnswer(game: MiniGame, state: MiniGameState): MiniGameAction {
  if (state.phase === 'intro') return { type: 'start', timed: false };
  if (state.phase === 'feedback') return { type: 'next' };
  switch (game.type) {
    case 'sorting': {
      const card = state.type === 'sorting' ? currentCard(game, state) : undefined;
      return { type: 'sort', bin: card!.bin };
    }
    case 'popup-patrol': {
      if (state.phase === 'trap') return { type: 'again' };
      const popup = state.type === 'popup-patrol' ? currentPopup(game, state) : undefined;
      return { type: 'answer', answer: popup!.trick ? 'close' : 'accept' };
    }
    default: {
      const unknown: never = game;
      throw new Error(`No way to play ${JSON.stringify(unknown)}`);
    }
  }
}

/** What a child who taps whatever looks biggest presses next. */
function tempting(game: MiniGame, state: MiniGameState): MiniGameAction {
  if (state.phase === 'intro') return { type: 'start', timed: false };
  if (state.phase === 'feedback') return { type: 'next' };
  if (state.phase === 'trap') return { type: 'again' };
  return game.type === 'sorting' ? { type: 'sort', bin: 'first' } : { type: 'answer', answer: 'accept' };
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
  it('covers every type the content can name', () => {
    expect(MINI_GAME_TYPES).toEqual(['sorting', 'popup-patrol']);
    expect(WORLDS.find((w) => w.family === 'contract')!.game.type).toBe('popup-patrol');
    for (const w of WORLDS.filter((x) => x.family !== 'contract')) expect(w.game.type, w.family).toBe('sorting');
  });

  it.each(WORLDS.map((w) => [w.game.id, w.game] as const))('%s: played right, reaches its results with every item right', (_, game) => {
    const states = play(game, rightAnswer);
    const last = states.at(-1)!;
    expect(miniGameFinished(last)).toBe(true);
    expect(miniGameScore(last)).toEqual({ correct: miniGameSize(game), total: miniGameSize(game) });
    expect(miniGamePosition(game, last)).toBeNull();
    expect(miniGameMood(last)).toBe('happy');
    // Every screen change is a new view key, so focus moves and a timer starts afresh.
    for (let i = 1; i < states.length; i++) expect(miniGameViewKey(states[i]!)).not.toBe(miniGameViewKey(states[i - 1]!));
  });

  it.each(WORLDS.map((w) => [w.game.id, w.game] as const))(
    '%s: tapping whatever tempts still reaches the results: never a loss',
    (_, game) => {
      const last = play(game, (g, s) => {
        // A trap comes back once; then this child closes it, as the beat taught.
        if (s.type === 'popup-patrol' && s.phase === 'popup' && s.sprung > 0) return rightAnswer(g, s);
        return tempting(g, s);
      }).at(-1)!;
      expect(miniGameFinished(last)).toBe(true);
      expect(miniGameScore(last).total).toBe(miniGameSize(game));
    },
  );

  it.each(WORLDS.map((w) => [w.game.id, w.game] as const))('%s: the timer can only send an item back for later', (_, game) => {
    const s = miniGameReducer(game, startMiniGame(game), { type: 'start', timed: true });
    expect(miniGameWaiting(s)).toBe(true);
    const later = miniGameReducer(game, s, { type: 'later' });
    expect(miniGameScore(later)).toEqual(miniGameScore(s));
    expect(miniGameFinished(later)).toBe(false);
    expect(miniGamePosition(game, later)).toEqual(miniGamePosition(game, s));
  });

  it('ignores a state that belongs to another game', () => {
    const [a, b] = [WORLDS[0]!.game, WORLDS[3]!.game];
    const s = startMiniGame(b);
    expect(miniGameReducer(a, s, { type: 'start', timed: false })).toBe(s);
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
