// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tourEndScreen } from '../../../src/ui/screens/tourEndScreen';
import { createScreenScope } from '../../../src/ui/screenScope';
import { button, createTestUi, en, show } from './uiContext';

describe('tourEndScreen', () => {
  afterEach(() => vi.useRealTimers());

  it('thanks the visitor, gives the badge and one rule, and hands the kiosk to the next one', async () => {
    const ctx = await createTestUi({ mode: 'kiosk' });
    ctx.session.startTour([]);
    expect(ctx.session.getState().screen).toBe('tourEnd');
    const el = show(tourEndScreen(ctx, createScreenScope()));
    expect(el.querySelector('h1')?.textContent).toBe(en('kiosk.endTitle'));
    expect(el.textContent).toContain(en('kioskPlus.rule'));
    expect(el.textContent).toContain(en('kioskPlus.badgeTitle'));
    button(el, en('kiosk.playAgain')).click();
    expect(ctx.session.getState()).toMatchObject({ screen: 'attract', tour: null });
  });

  it('goes back to the attract screen by itself after 15 seconds', async () => {
    const ctx = await createTestUi({ mode: 'kiosk' });
    vi.useFakeTimers();
    ctx.session.startTour([]);
    show(tourEndScreen(ctx, createScreenScope()));
    vi.advanceTimersByTime(14_900);
    expect(ctx.session.getState().screen).toBe('tourEnd');
    vi.advanceTimersByTime(200);
    expect(ctx.session.getState().screen).toBe('attract');
  });
});
