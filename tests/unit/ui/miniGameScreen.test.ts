// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WORLDS } from '../../../src/content';
import { CARD_SECONDS, miniGameScreen } from '../../../src/ui/screens/miniGameScreen';
import type { UiContext } from '../../../src/ui/context';
import type { ScreenScope } from '../../../src/ui/screenScope';
import { button, createTestUi, en, scope, show } from './uiContext';

const world = WORLDS[0]!;
const game = world.game;
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
    while (state(ctx).phase !== 'results') ctx.session.gameAct(state(ctx).phase === 'sort' ? { type: 'sort', bin: 'first' } : { type: 'next' });
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
