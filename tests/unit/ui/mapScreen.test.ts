// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ALL_SCENARIOS, WORLDS } from '../../../src/content';
import { mapScreen } from '../../../src/ui/screens/mapScreen';
import { button, createTestUi, en, show } from './uiContext';

const worldButton = (el: HTMLElement, family: string) => el.querySelector<HTMLButtonElement>(`button[data-world="${family}"]`)!;

describe('mapScreen', () => {
  it('an open world opens; a locked one says what opens it and stays shut', async () => {
    const ctx = await createTestUi();
    ctx.session.toMap();
    const el = show(mapScreen(ctx));
    const open = vi.spyOn(ctx.session, 'openWorld');
    const second = worldButton(el, WORLDS[1]!.family);
    expect(second.getAttribute('aria-disabled')).toBe('true');
    second.click();
    expect(open).toHaveBeenCalledWith(WORLDS[1]!.family);
    expect(ctx.session.getState().screen).toBe('map');

    worldButton(el, WORLDS[0]!.family).click();
    expect(ctx.session.getState()).toMatchObject({ screen: 'world', world: WORLDS[0]!.family });
  });

  it('lists every world, with its name, and no certificate before every badge', async () => {
    const ctx = await createTestUi();
    const el = show(mapScreen(ctx));
    expect([...el.querySelectorAll('.world-name')].map((n) => n.textContent)).toEqual(WORLDS.map((w) => en(w.name)));
    expect(el.querySelector('.badge-count')?.textContent).toBe(en('map.badges', { count: 0 }));
    expect(() => button(el, en('certificate.open'))).toThrow();
  });

  it('with every world finished, the certificate opens', async () => {
    const ctx = await createTestUi();
    for (const s of ALL_SCENARIOS) ctx.game.getState().completeScenario(s.id);
    const el = show(mapScreen(ctx));
    button(el, en('certificate.open')).click();
    expect(ctx.session.getState().screen).toBe('certificate');
  });

  it('has a stage slot for the picture', async () => {
    const ctx = await createTestUi();
    expect(mapScreen(ctx).querySelector('#stage')).not.toBeNull();
  });
});
