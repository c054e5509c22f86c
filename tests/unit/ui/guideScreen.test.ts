// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { WORLDS } from '../../../src/content';
import { guideScreen } from '../../../src/ui/screens/guideScreen';
import { button, createTestUi, en, show } from './uiContext';

describe('guideScreen', () => {
  it("a world's tab opens that world's guide; the shown one is pressed", async () => {
    const ctx = await createTestUi();
    const [first, second] = [WORLDS[0]!, WORLDS[1]!];
    ctx.session.toGuide(first.family);
    const el = show(guideScreen(ctx, first.family));
    expect(el.querySelector('h1')?.textContent).toBe(en(`${first.family}-guide:title`));
    expect(button(el, en(first.name)).getAttribute('aria-pressed')).toBe('true');
    button(el, en(second.name)).click();
    expect(ctx.session.getState()).toMatchObject({ screen: 'guide', world: second.family });
  });

  it('prints, except on a kiosk; local help contacts show as text', async () => {
    const ctx = await createTestUi({ help: { contacts: { en: [{ name: 'School nurse', detail: 'Room 4' }] }, trustedAdult: {} } });
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const el = show(guideScreen(ctx, WORLDS[0]!.family));
    button(el, en('guide.print')).click();
    expect(print).toHaveBeenCalledOnce();
    expect(el.querySelector('.local-help')?.textContent).toContain('School nurse');
    vi.unstubAllGlobals();
    const kiosk = await createTestUi({ mode: 'kiosk' });
    expect(() => button(guideScreen(kiosk, WORLDS[0]!.family), en('guide.print'))).toThrow();
  });
});
