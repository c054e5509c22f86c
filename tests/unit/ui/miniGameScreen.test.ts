// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WORLDS } from '../../../src/content';
import { miniGameReducer, startMiniGame, type MiniGameAction, type MiniGameState } from '../../../src/engine/miniGame';
import { CARD_SECONDS, miniGameScreen } from '../../../src/ui/screens/miniGameScreen';
import type { UiContext } from '../../../src/ui/context';
import type { ScreenScope } from '../../../src/ui/screenScope';
import { button, createTestUi, en, scope, show } from './uiContext';

const world = WORLDS.find((w) => w.game.type === 'sorting')!;
const game =
  world.game.type === 'sorting'
    ? world.game
    : (() => {
        throw new Error('no sorting game');
      })();
const draw = (ctx: UiContext, s: ScreenScope = scope()) => show(miniGameScreen(ctx, ctx.session.getState().game!, s));
const state = (ctx: UiContext) => ctx.session.getState().game!;

async function atIntro(mode: UiContext['mode'] = 'home') {
  const ctx = await createTestUi({ mode });
  ctx.session.openGame(world.family);
  return ctx;
}

afterEach(() => vi.useRealTimers());

describe('miniGameScreen', () => {
  it('starts relaxed or timed at home; a class plays relaxed only', async () => {
    const ctx = await atIntro();
    button(draw(ctx), en('game.relaxed')).click();
    expect(state(ctx)).toMatchObject({ phase: 'sort', timed: false });

    const timed = await atIntro();
    button(draw(timed), en('game.timed')).click();
    expect(state(timed)).toMatchObject({ phase: 'sort', timed: true });

    const room = await atIntro('class');
    expect(() => button(draw(room), en('game.timed'))).toThrow();
  });

  it('a bin sorts the card on show, Next shows the following one, and the end reviews every answer', async () => {
    const ctx = await atIntro();
    const gameAct = vi.spyOn(ctx.session, 'gameAct');
    button(draw(ctx), en('game.relaxed')).click();
    const first = game.cards.find((c) => c.id === state(ctx).queue[0])!;
    draw(ctx).querySelector<HTMLButtonElement>(`[data-bin="${first.bin}"]`)!.click();
    expect(gameAct).toHaveBeenLastCalledWith({ type: 'sort', bin: first.bin });
    expect(state(ctx)).toMatchObject({ phase: 'feedback', last: { cardId: first.id, correct: true } });
    expect(draw(ctx).querySelector('h2')?.textContent).toBe(en('game.right'));
    button(draw(ctx), en('scenario.next')).click();
    expect(state(ctx).phase).toBe('sort');

    while (state(ctx).phase !== 'results') {
      if (state(ctx).phase === 'sort') draw(ctx).querySelector<HTMLButtonElement>('[data-bin="first"]')!.click();
      else button(draw(ctx), en('scenario.next')).click();
    }
    const results = draw(ctx);
    expect(results.querySelectorAll('.review-list li')).toHaveLength(game.cards.length);
    expect(ctx.game.getState().progress.games).toContain(game.id);
    button(results, en('game.again')).click();
    expect(state(ctx)).toMatchObject({ phase: 'intro', sorted: [] });
  });

  it('from the results, back to the world', async () => {
    const ctx = await atIntro();
    ctx.session.gameAct({ type: 'start', timed: false });
    while (state(ctx).phase !== 'results')
      ctx.session.gameAct(state(ctx).phase === 'sort' ? { type: 'sort', bin: 'first' } : { type: 'next' });
    button(draw(ctx), en('nav.backToWorld')).click();
    expect(ctx.session.getState()).toMatchObject({ screen: 'world', world: world.family });
  });

  it('with the timer on, a card not sorted in time comes back later; its scope ending stops the clock', async () => {
    vi.useFakeTimers();
    const ctx = await atIntro();
    ctx.session.gameAct({ type: 'start', timed: true });
    const card = state(ctx).queue[0];
    const s = scope();
    draw(ctx, s);
    vi.advanceTimersByTime(CARD_SECONDS * 1000 - 1);
    expect(state(ctx).queue[0]).toBe(card);
    vi.advanceTimersByTime(1);
    expect(state(ctx)).toMatchObject({ deferred: true });
    expect(state(ctx).queue.at(-1)).toBe(card);

    const next = scope();
    draw(ctx, next);
    next.dispose();
    const queue = state(ctx).queue;
    vi.advanceTimersByTime(CARD_SECONDS * 2000);
    expect(state(ctx).queue).toEqual(queue);
  });

  it('relaxed play has no clock at all', async () => {
    vi.useFakeTimers();
    const ctx = await atIntro();
    ctx.session.gameAct({ type: 'start', timed: false });
    const el = draw(ctx);
    expect(el.querySelector('.timer')).toBeNull();
    vi.advanceTimersByTime(CARD_SECONDS * 3000);
    expect(state(ctx).deferred).toBe(false);
  });
});

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

describe('miniGameScreen, whatever the game type', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each(WORLDS.map((w) => [w.game.id, w.game] as const))('%s: the intro offers Relaxed, and Timed only at home', (_, game) => {
    const home = fakeContext('home');
    const el = miniGameScreen(home.ctx, startMiniGame(game), scope());
    byFocus(el, 'game-relaxed')!.click();
    byFocus(el, 'game-timed')!.click();
    expect(home.gameAct.mock.calls.map(([a]) => a)).toEqual([
      { type: 'start', timed: false },
      { type: 'start', timed: true },
    ]);
    for (const mode of ['class', 'kiosk'] as const)
      expect(byFocus(miniGameScreen(fakeContext(mode).ctx, startMiniGame(game), scope()), 'game-timed'), mode).toBeNull();
  });

  it.each(WORLDS.map((w) => [w.game.id, w.game] as const))(
    '%s: relaxed play has no clock; timed, an item left alone only comes back later',
    (_, game) => {
      const relaxed = fakeContext();
      const playing = (timed: boolean): MiniGameState => miniGameReducer(game, startMiniGame(game), { type: 'start', timed });
      expect(miniGameScreen(relaxed.ctx, playing(false), scope()).querySelector('.timer')).toBeNull();
      vi.advanceTimersByTime(CARD_SECONDS * 1000 * 3);
      expect(relaxed.gameAct).not.toHaveBeenCalled();

      const timed = fakeContext();
      expect(miniGameScreen(timed.ctx, playing(true), scope()).querySelector('.timer')).not.toBeNull();
      vi.advanceTimersByTime(CARD_SECONDS * 1000);
      expect(timed.gameAct.mock.calls).toEqual([[{ type: 'later' }]]);
    },
  );

  it("the sorting view's bins send the bin they name, and the screen says which card of how many", () => {
    const game = WORLDS.find((w) => w.game.type === 'sorting')!.game;
    if (game.type !== 'sorting') throw new Error('unreachable');
    const { ctx, gameAct } = fakeContext();
    const el = miniGameScreen(ctx, miniGameReducer(game, startMiniGame(game), { type: 'start', timed: false }), scope());
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
    for (let i = 0; i < 50 && state.phase !== 'results'; i++)
      state = miniGameReducer(game, state, state.phase === 'feedback' ? { type: 'next' } : { type: 'answer', answer: 'close' });
    expect(state.phase).toBe('results');
    const el = miniGameScreen(ctx, state, scope());
    expect(el.querySelector('[data-screen-heading]')?.textContent).toBe('[popupPatrol.resultsTitle]');
    byFocus(el, 'game-again')!.click();
    expect(gameAct).toHaveBeenLastCalledWith({ type: 'restart' });
    byFocus(el, 'game-back')!.click();
    expect(ctx.session.openWorld).toHaveBeenCalledWith('contract');
  });
});
