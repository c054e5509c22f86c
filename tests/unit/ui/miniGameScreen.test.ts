// @vitest-environment happy-dom
/**
 * The frame around every mini-game: Relaxed or the challenge (home only), no clock at all, the
 * results one reason at a time with a finish, and in class a vote on each item before the teacher plays it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WORLDS } from '../../../src/content';
import { miniGameReducer, startMiniGame } from '../../../src/engine/miniGame';
import type { UiContext } from '../../../src/ui/context';
import { miniGameScreen } from '../../../src/ui/screens/miniGameScreen';
import { button, createTestUi, en, scope, show } from './uiContext';
import { fakeContext } from './miniGameFakes';

const contact = WORLDS.find((w) => w.family === 'contact')!;
const draw = (ctx: UiContext) => show(miniGameScreen(ctx, ctx.session.getState().game!, scope()));
const state = (ctx: UiContext) => ctx.session.getState().game!;
const byFocus = (el: HTMLElement, id: string) => el.querySelector<HTMLButtonElement>(`[data-focus-id="${id}"]`);

async function atIntro(mode: UiContext['mode'] = 'home', family = contact.family) {
  const ctx = await createTestUi({ mode });
  ctx.session.openGame(family);
  return ctx;
}

afterEach(() => vi.useRealTimers());

describe('miniGameScreen', () => {
  it.each(WORLDS.map((w) => [w.game.id, w.game] as const))('%s: the intro offers Relaxed, and the challenge only at home', (_, game) => {
    const home = fakeContext('home');
    const el = miniGameScreen(home.ctx, startMiniGame(game), scope());
    byFocus(el, 'game-relaxed')!.click();
    byFocus(el, 'game-challenge')!.click();
    expect(home.gameAct.mock.calls.map(([a]) => a)).toEqual([
      { type: 'start', challenge: false },
      { type: 'start', challenge: true },
    ]);
    for (const mode of ['class', 'kiosk'] as const)
      expect(byFocus(miniGameScreen(fakeContext(mode).ctx, startMiniGame(game), scope()), 'game-challenge'), mode).toBeNull();
  });

  it.each(WORLDS.map((w) => [w.game.id, w.game] as const))('%s: no clock anywhere, relaxed or challenge', (_, game) => {
    vi.useFakeTimers();
    for (const challenge of [false, true]) {
      const { ctx, gameAct } = fakeContext();
      const el = miniGameScreen(ctx, miniGameReducer(game, startMiniGame(game), { type: 'start', challenge }), scope());
      expect(el.querySelector('.timer')).toBeNull();
      vi.advanceTimersByTime(120_000);
      expect(gameAct).not.toHaveBeenCalled();
    }
  });

  it('says which item of how many, more in the challenge', async () => {
    const ctx = await atIntro();
    button(draw(ctx), en('game.relaxed')).click();
    const relaxed = contact.game.type === 'chat-triage' ? contact.game.chats.filter((c) => !c.challengeOnly).length : 0;
    expect(draw(ctx).querySelector('.badge-count')?.textContent).toBe(en('miniGames.triage.progress', { current: 1, total: relaxed }));
    const hard = await atIntro();
    button(draw(hard), en('miniGames.challenge')).click();
    expect(draw(hard).querySelector('.badge-count')?.textContent).toBe(
      en('miniGames.triage.progress', { current: 1, total: contact.game.type === 'chat-triage' ? contact.game.chats.length : 0 }),
    );
  });

  it('the results: a finish, the score, one reason at a time, Play again and the way back', async () => {
    const ctx = await atIntro();
    ctx.session.gameAct({ type: 'start', challenge: false });
    for (let i = 0; i < 50 && state(ctx).phase !== 'results'; i++) {
      const s = state(ctx);
      ctx.session.gameAct(
        s.phase === 'feedback' ? { type: 'next' } : s.phase === 'playOut' ? { type: 'again' } : { type: 'triage', action: 'report' },
      );
    }
    const el = draw(ctx);
    expect(el.querySelector('[data-screen-heading]')?.textContent).toBe(en('miniGames.triage.resultsTitle'));
    expect(el.querySelector('.mg-finish')).not.toBeNull();
    expect(el.querySelectorAll('.review-one')).toHaveLength(1);
    expect(ctx.game.getState().progress.games).toContain(contact.game.id);
    button(el, en('miniGames.reviewNext')).click();
    expect(state(ctx).review).toBe(1);
    button(draw(ctx), en('nav.backToWorld')).click();
    expect(ctx.session.getState()).toMatchObject({ screen: 'world', world: contact.family });
  });

  it('in class: think, count hands for each option, see the chart, then the teacher plays; each item votes afresh', async () => {
    const ctx = await atIntro('class');
    button(draw(ctx), en('game.relaxed')).click();
    let el = draw(ctx);
    expect(el.querySelector('[data-triage]')).toBeNull();
    button(el, en('classroom.showChoices')).click();
    el = draw(ctx);
    expect(el.querySelectorAll('.vote-row')).toHaveLength(4);
    byFocus(el, 'plus-answer')!.click();
    byFocus(draw(ctx), 'plus-block')!.click();
    byFocus(draw(ctx), 'plus-block')!.click();
    expect(ctx.session.getState().classroom?.votes).toEqual({ answer: 1, block: 2 });
    button(draw(ctx), en('classroom.showChart')).click();
    el = draw(ctx);
    expect(el.querySelector('.vote-chart')).not.toBeNull();
    // The first message is a friend's: answering is the safest.
    expect(el.querySelector('.vote-chart li.safest .bar-label')?.textContent).toBe(en('miniGames.triage.actions.answer'));
    el.querySelector<HTMLButtonElement>('[data-triage=answer]')!.click();
    expect(state(ctx).phase).toBe('feedback');
    button(draw(ctx), en('scenario.next')).click();
    expect(ctx.session.getState().classroom).toEqual({ reveal: 'think', votes: {} });
  });
});
