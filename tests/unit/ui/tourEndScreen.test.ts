// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { tourEndScreen } from '../../../src/ui/screens/tourEndScreen';
import { button, createTestUi, en, show } from './uiContext';

describe('tourEndScreen', () => {
  it('thanks the visitor and hands the kiosk to the next one', async () => {
    const ctx = await createTestUi({ mode: 'kiosk' });
    ctx.session.startTour([]);
    expect(ctx.session.getState().screen).toBe('tourEnd');
    const el = show(tourEndScreen(ctx));
    expect(el.querySelector('h1')?.textContent).toBe(en('kiosk.endTitle'));
    button(el, en('kiosk.playAgain')).click();
    expect(ctx.session.getState()).toMatchObject({ screen: 'attract', tour: null });
  });
});
