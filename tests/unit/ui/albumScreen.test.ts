// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { WORLDS } from '../../../src/content';
import { albumScreen } from '../../../src/ui/screens/albumScreen';
import { rewardArtReady } from '../../../src/ui/widgets/rewardArt';
import { button, createTestUi, en, show } from './uiContext';

const world = WORLDS[0]!;
const total = WORLDS.reduce((n, w) => n + w.scenarios.length + 1, 0);

describe('albumScreen', () => {
  it('starts empty, with every sticker still to find and no badge yet', async () => {
    const ctx = await createTestUi();
    const el = show(albumScreen(ctx));
    expect(el.querySelector('h1')?.textContent).toBe(en('art.album.title'));
    expect(el.textContent).toContain(en('art.album.count', { count: 0, total }));
    expect(el.querySelectorAll('.album-sticker')).toHaveLength(total);
    expect(el.querySelectorAll('.album-collected')).toHaveLength(0);
  });

  it('fills as stories and mini-games are done, and shows a world badge once the world is done', async () => {
    const ctx = await createTestUi();
    const story = world.scenarios[0]!;
    ctx.game.getState().completeScenario(story.id);
    let el = show(albumScreen(ctx));
    expect(el.textContent).toContain(en('art.album.count', { count: 1, total }));
    const collected = [...el.querySelectorAll('.album-collected')];
    expect(collected.map((li) => li.textContent)).toEqual([en(story.title) + en('art.album.collected')]);
    for (const s of world.scenarios) ctx.game.getState().completeScenario(s.id);
    ctx.game.getState().completeGame(world.game.id);
    el = show(albumScreen(ctx));
    expect(el.textContent).toContain(en('art.album.count', { count: world.scenarios.length + 1, total }));
    const badge = el.querySelector(`.album-badge.world-${world.family}`)!;
    expect(badge.classList.contains('album-collected')).toBe(true);
    expect(badge.textContent).toBe(en(`common:world.${world.family}`) + en('art.album.badgeEarned'));
    // The stickers' pictures arrive as their own module.
    await rewardArtReady();
    await new Promise((r) => setTimeout(r, 0));
    expect(el.querySelectorAll('.album-collected svg').length).toBeGreaterThan(world.scenarios.length);
  });

  it('goes back to the map', async () => {
    const ctx = await createTestUi();
    button(show(albumScreen(ctx)), en('nav.backToMap')).click();
    expect(ctx.session.getState().screen).toBe('map');
  });
});
