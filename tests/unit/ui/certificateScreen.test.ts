// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { certificateScreen } from '../../../src/ui/screens/certificateScreen';
import { button, createTestUi, en, show } from './uiContext';

describe('certificateScreen', () => {
  it('puts the typed name on the paper only, and stores nothing of it', async () => {
    const ctx = await createTestUi();
    const before = JSON.stringify(ctx.game.getState());
    const el = show(certificateScreen(ctx));
    const input = el.querySelector<HTMLInputElement>('#certificate-name')!;
    input.value = 'Amira';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(el.querySelector('.certificate-name')?.textContent).toBe('Amira');
    expect(JSON.stringify(ctx.game.getState())).toBe(before);
  });

  it('prints at home, and goes back to the map', async () => {
    const ctx = await createTestUi();
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const el = show(certificateScreen(ctx));
    button(el, en('certificate.print')).click();
    // It waits for the badges to be on the paper first.
    await vi.waitFor(() => expect(print).toHaveBeenCalledOnce());
    button(el, en('nav.backToMap')).click();
    expect(ctx.session.getState().screen).toBe('map');
    vi.unstubAllGlobals();
  });

  it('offers no printing on a kiosk', async () => {
    const ctx = await createTestUi({ mode: 'kiosk' });
    expect(() => button(certificateScreen(ctx), en('certificate.print'))).toThrow();
  });
});
