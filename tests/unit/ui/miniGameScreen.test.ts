// @vitest-environment happy-dom
/**
 * The mini-game frame, whatever the type: the intro's Relaxed and Timed (home
 * only), the optional timer that can only send an item back, and the sorting
 * view's bins.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WORLDS } from '../../../src/content';
import { miniGameReducer, startMiniGame, type MiniGameAction, type MiniGameState } from '../../../src/engine/miniGame';
import type { UiContext } from '../../../src/ui/context';
import { CARD_SECONDS, miniGameScreen, stopCardTimer } from '../../../src/ui/screens/miniGameScreen';

function fakeContext(mode: UiContext['mode'] = 'home') {
  const gameAct = vi.fn<(action: MiniGameAction) => void>();
  const ctx = {
    i18n: { t: (key: string) => `[${key}]`, language: 'en' },
    session: { gameAct, getState: () => ({ tour: null }), openWorld: vi.fn() },
    speaker: { available: () => false, speak: () => undefined },
    mode,
  } as unknown as UiContext;
  return { ctx, gameAct };
}

const buttons = (el: HTMLElement) => [...el.querySelectorAll<HTMLButtonElement>('button')];
const byFocus = (el: HTMLElement, id: string) => el.querySelector<HTMLButtonElement>(`[data-focus-id="${id}"]`);

describe('mini-game frame', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    stopCardTimer();
    vi.useRealTimers();
  });

  it.each(WORLDS.map((w) => [w.game.id, w.game] as const))('%s: the intro offers Relaxed, and Timed only at home', (_, game) => {
    const home = fakeContext('home');
    const el = miniGameScreen(home.ctx, startMiniGame(game));
    byFocus(el, 'game-relaxed')!.click();
    byFocus(el, 'game-timed')!.click();
    expect(home.gameAct.mock.calls.map(([a]) => a)).toEqual([
      { type: 'start', timed: false },
      { type: 'start', timed: true },
    ]);
    for (const mode of ['class', 'kiosk'] as const) expect(byFocus(miniGameScreen(fakeContext(mode).ctx, startMiniGame(game)), 'game-timed'), mode).toBeNull();
  });

  it.each(WORLDS.map((w) => [w.game.id, w.game] as const))('%s: relaxed play has no clock; timed, an item left alone only comes back later', (_, game) => {
    const relaxed = fakeContext();
    const playing = (timed: boolean): MiniGameState => miniGameReducer(game, startMiniGame(game), { type: 'start', timed });
    expect(miniGameScreen(relaxed.ctx, playing(false)).querySelector('.timer')).toBeNull();
    vi.advanceTimersByTime(CARD_SECONDS * 1000 * 3);
    expect(relaxed.gameAct).not.toHaveBeenCalled();

    const timed = fakeContext();
    expect(miniGameScreen(timed.ctx, playing(true)).querySelector('.timer')).not.toBeNull();
    vi.advanceTimersByTime(CARD_SECONDS * 1000);
    expect(timed.gameAct.mock.calls).toEqual([[{ type: 'later' }]]);
  });

  it("the sorting view's bins send the bin they name, and the screen says which card of how many", () => {
    const game = WORLDS.find((w) => w.game.type === 'sorting')!.game;
    if (game.type !== 'sorting') throw new Error('unreachable');
    const { ctx, gameAct } = fakeContext();
    const el = miniGameScreen(ctx, miniGameReducer(game, startMiniGame(game), { type: 'start', timed: false }));
    expect(el.querySelector('.badge-count')?.textContent).toBe('[game.progress]');
    const bins = buttons(el).filter((b) => b.dataset.bin);
    expect(bins.map((b) => b.textContent)).toEqual([`[${game.bins.first}]`, `[${game.bins.second}]`]);
    for (const b of bins) b.click();
    expect(gameAct.mock.calls.map(([a]) => a)).toEqual([
      { type: 'sort', bin: 'first' },
      { type: 'sort', bin: 'second' },
    ]);
  });

  it('the results offer Play again and the way back to the world', () => {
    const game = WORLDS.find((w) => w.family === 'contract')!.game;
    const { ctx, gameAct } = fakeContext();
    let state = miniGameReducer(game, startMiniGame(game), { type: 'start', timed: false });
    for (let i = 0; i < 50 && state.phase !== 'results'; i++) state = miniGameReducer(game, state, state.phase === 'feedback' ? { type: 'next' } : { type: 'answer', answer: 'close' });
    expect(state.phase).toBe('results');
    const el = miniGameScreen(ctx, state);
    expect(el.querySelector('[data-screen-heading]')?.textContent).toBe('[popupPatrol.resultsTitle]');
    byFocus(el, 'game-again')!.click();
    expect(gameAct).toHaveBeenLastCalledWith({ type: 'restart' });
    byFocus(el, 'game-back')!.click();
    expect(ctx.session.openWorld).toHaveBeenCalledWith('contract');
  });
});
