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

  it('with one language there is nothing to turn: the invitation is spoken once on arrival', async () => {
    vi.useFakeTimers();
    const ctx = await createTestUi({ mode: 'kiosk', kiosk: { ...kiosk, languages: ['en'] } });
    const el = show(attractScreen(ctx, vi.fn(), scope()));
    vi.advanceTimersByTime(60_000);
    expect(vi.getTimerCount()).toBe(0);
    expect(ctx.speaker.speak).toHaveBeenCalledTimes(1);
    expect(el.querySelector<HTMLButtonElement>('.attract-touch')!.lang).toBe('en');
  });

  it('each round Tiko acts again on the stage; the jingle plays first and the voice waits for it', async () => {
    vi.useFakeTimers();
    const ctx = await createTestUi({ mode: 'kiosk', kiosk });
    const heard: string[] = [];
    ctx.jingle = vi.fn(() => {
      heard.push('jingle');
      return 3_300;
    });
    vi.mocked(ctx.speaker.speak).mockImplementation((_text, lang) => void heard.push(`voice:${lang}`));
    const take = () => {
      const { view } = ctx.stage.getState();
      return view.kind === 'attract' ? view.take : null;
    };
    const s = scope();
    show(attractScreen(ctx, vi.fn(), s));
    // Arrival: a take of the act and the jingle at once, the voice only once the jingle is over.
    expect(take()).toBe(1);
    expect(heard).toEqual(['jingle']);
    vi.advanceTimersByTime(3_299);
    expect(heard).toEqual(['jingle']);
    vi.advanceTimersByTime(1);
    expect(heard).toEqual(['jingle', 'voice:en']);
    // The first language stays its full time after the jingle, then the others turn without one.
    vi.advanceTimersByTime(5_000);
    expect(heard.at(-1)).toBe('voice:ar');
    vi.advanceTimersByTime(5_000);
    expect(heard.at(-1)).toBe('voice:fr');
    expect(take()).toBe(1);
    // Back to the first language: a new round, a new take, the jingle asked for again.
    vi.advanceTimersByTime(5_000);
    expect(take()).toBe(2);
    expect(heard.at(-1)).toBe('jingle');
    vi.advanceTimersByTime(3_300);
    expect(heard.at(-1)).toBe('voice:en');
    // A redraw keeps the take (the stage does not restart the act).
    show(attractScreen(ctx, vi.fn(), s));
    expect(take()).toBe(2);
    s.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('no jingle when the event turned it off, and no voice when it turned that off', async () => {
    vi.useFakeTimers();
    const ctx = await createTestUi({ mode: 'kiosk', kiosk: { ...kiosk, attractJingle: false, attractVoice: false } });
    show(attractScreen(ctx, vi.fn(), scope()));
    vi.advanceTimersByTime(60_000);
    expect(ctx.jingle).not.toHaveBeenCalled();
    expect(ctx.speaker.speak).not.toHaveBeenCalled();
  });

  it("without the engine, Tiko's picture stands in the stage slot", async () => {
    const ctx = await createTestUi({ mode: 'kiosk', kiosk });
    expect(show(attractScreen(ctx, vi.fn(), scope())).querySelector('#stage .attract-mascot')).toBeNull();
    ctx.session.setEngine('failed');
    expect(show(attractScreen(ctx, vi.fn(), scope())).querySelector('#stage .attract-mascot')).not.toBeNull();
  });
});
