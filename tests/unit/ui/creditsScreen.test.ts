// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ART_CREDITS } from '../../../src/art/credits';
import { creditsScreen } from '../../../src/ui/screens/creditsScreen';
import { titleScreen } from '../../../src/ui/screens/titleScreen';
import { button, createTestUi, en, show } from './uiContext';

describe('creditsScreen', () => {
  it('opens from the title and names every open set with its licence', async () => {
    const ctx = await createTestUi();
    button(show(titleScreen(ctx)), en('art.credits.open')).click();
    expect(ctx.session.getState().screen).toBe('credits');
    const el = show(creditsScreen(ctx));
    for (const c of ART_CREDITS) {
      expect(el.textContent).toContain(en(`art.credits.${c.use}`));
      expect(el.textContent).toContain(en('art.credits.licence', { licence: c.licence }));
      if (c.author) expect(el.textContent).toContain(en('art.credits.by', { set: c.set, author: c.author }));
    }
    button(el, en('nav.backToStart')).click();
    expect(ctx.session.getState().screen).toBe('title');
  });
});
