// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_KIOSK } from '../../../src/engine/siteConfig';
import { attractScreen } from '../../../src/ui/screens/attractScreen';
import { createTestUi, scope, show } from './uiContext';

afterEach(() => vi.useRealTimers());

const kiosk = { ...DEFAULT_KIOSK, languages: ['en', 'ar', 'fr'], attractSeconds: 5 };

describe('attractScreen', () => {
  it("keeps the page's language on show when the event's file arrives with a longer list (a ?lang= link)", async () => {
    vi.useFakeTimers();
    let event: typeof kiosk | null = null;
    const ctx = { ...(await createTestUi({ mode: 'kiosk' })), kiosk: () => event };
    const s = scope();
    const touch = () => document.querySelector<HTMLButtonElement>('.attract-touch')!;
    show(attractScreen(ctx, vi.fn(), s));
    expect(touch().lang).toBe('en');
    event = { ...kiosk, languages: ['ar', 'fr', 'en'] };
    show(attractScreen(ctx, vi.fn(), s));
    expect(touch().lang).toBe('en');
    // And the cycle turns through the new list from there.
    vi.advanceTimersByTime(5000);
    expect(touch().lang).toBe('ar');
  });

  it('touching starts the tour in the language on show; a language button in that language', async () => {
    const ctx = await createTestUi({ mode: 'kiosk', kiosk });
    const start = vi.fn();
    const el = show(attractScreen(ctx, start, scope()));
    el.querySelector<HTMLButtonElement>('.attract-touch')!.click();
    expect(start).toHaveBeenLastCalledWith('en');
    el.querySelector<HTMLButtonElement>('button[lang="ar"]')!.click();
    expect(start).toHaveBeenLastCalledWith('ar');
    expect([...el.querySelectorAll('.language-button')].map((b) => b.getAttribute('lang'))).toEqual(kiosk.languages);
  });

  it("the invitation turns through the event's languages, on from where it was after a redraw, and stops with its scope", async () => {
    vi.useFakeTimers();
    const ctx = await createTestUi({ mode: 'kiosk', kiosk });
    const start = vi.fn();
    const s = scope();
    const touch = () => document.querySelector<HTMLButtonElement>('.attract-touch')!;
    show(attractScreen(ctx, start, s));
    vi.advanceTimersByTime(5000);
    expect(touch().lang).toBe('ar');
    expect(touch().dir).toBe('rtl');

    // The event's file or a voice arriving redraws the same screen: the cycle goes on, on the new view.
    show(attractScreen(ctx, start, s));
    expect(touch().lang).toBe('ar');
    vi.advanceTimersByTime(5000);
    expect(touch().lang).toBe('fr');
    touch().click();
    expect(start).toHaveBeenLastCalledWith('fr');

    s.dispose();
    vi.advanceTimersByTime(20_000);
    expect(touch().lang).toBe('fr');
  });

  it('with one language there is nothing to turn', async () => {
    vi.useFakeTimers();
    const ctx = await createTestUi({ mode: 'kiosk', kiosk: { ...kiosk, languages: ['en'] } });
    const el = show(attractScreen(ctx, vi.fn(), scope()));
    expect(vi.getTimerCount()).toBe(0);
    expect(el.querySelector<HTMLButtonElement>('.attract-touch')!.lang).toBe('en');
  });
});
