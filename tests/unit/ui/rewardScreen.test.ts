// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ALL_SCENARIOS, WORLDS } from '../../../src/content';
import { rewardScreen } from '../../../src/ui/screens/rewardScreen';
import { button, createTestUi, en, show } from './uiContext';

const family = WORLDS[0]!.family;

describe('rewardScreen', () => {
  it("names the world's badge and goes back to the map", async () => {
    const ctx = await createTestUi();
    const el = show(rewardScreen(ctx, family));
    expect(el.querySelector('h1')?.textContent).toBe(en('reward.title', { world: en(`common:world.${family}`) }));
    expect(() => button(el, en('certificate.open'))).toThrow();
    button(el, en('nav.backToMap')).click();
    expect(ctx.session.getState().screen).toBe('map');
  });

  it('after the last badge, offers the certificate', async () => {
    const ctx = await createTestUi();
    for (const s of ALL_SCENARIOS) ctx.game.getState().completeScenario(s.id);
    const el = show(rewardScreen(ctx, family));
    expect(el.textContent).toContain(en('reward.allWorlds'));
    button(el, en('certificate.open')).click();
    expect(ctx.session.getState().screen).toBe('certificate');
  });
});
