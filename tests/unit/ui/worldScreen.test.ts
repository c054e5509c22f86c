// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { WORLDS } from '../../../src/content';
import { worldScreen } from '../../../src/ui/screens/worldScreen';
import { createTestUi, en, show } from './uiContext';

const world = WORLDS[0]!;

describe('worldScreen', () => {
  it('a story button plays that story', async () => {
    const ctx = await createTestUi();
    ctx.session.openWorld(world.family);
    const el = show(worldScreen(ctx, world.family));
    const story = world.scenarios[1]!;
    el.querySelector<HTMLButtonElement>(`[data-story="${story.id}"]`)!.click();
    expect(ctx.session.getState()).toMatchObject({ screen: 'scenario', runner: { scenarioId: story.id } });
  });

  it('lists the stories in order, marks the next one and ticks the finished ones', async () => {
    const ctx = await createTestUi();
    ctx.game.getState().completeScenario(world.scenarios[0]!.id);
    const el = show(worldScreen(ctx, world.family));
    const buttons = [...el.querySelectorAll<HTMLButtonElement>('[data-story]')];
    expect(buttons.map((b) => b.dataset.story)).toEqual(world.scenarios.map((s) => s.id));
    expect(buttons[0]!.classList.contains('done')).toBe(true);
    expect(buttons[0]!.textContent).toContain(en('worldScreen.finishedStory'));
    expect(buttons[1]!.classList.contains('next')).toBe(true);
  });

  it("the mini-game button opens the world's game", async () => {
    const ctx = await createTestUi();
    const el = show(worldScreen(ctx, world.family));
    const openGame = vi.spyOn(ctx.session, 'openGame');
    el.querySelector<HTMLButtonElement>(`[data-game="${world.game.id}"]`)!.click();
    expect(openGame).toHaveBeenCalledWith(world.family);
    expect(ctx.session.getState()).toMatchObject({ screen: 'game', game: { gameId: world.game.id, phase: 'intro' } });
  });
});
