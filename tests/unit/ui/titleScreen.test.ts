// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ALL_SCENARIOS } from '../../../src/content';
import { titleScreen } from '../../../src/ui/screens/titleScreen';
import { button, createTestUi, en, show } from './uiContext';

describe('titleScreen', () => {
  it('Play opens the map for a new child', async () => {
    const ctx = await createTestUi();
    button(show(titleScreen(ctx)), en('title.play')).click();
    expect(ctx.session.getState().screen).toBe('map');
  });

  it('Continue goes back into the saved story, and the map is one button away', async () => {
    const ctx = await createTestUi();
    const story = ALL_SCENARIOS[1]!;
    ctx.game.getState().setPosition({ scenarioId: story.id, stepId: story.steps[1]!.id });
    const el = show(titleScreen(ctx));
    button(el, en('title.continue')).click();
    expect(ctx.session.getState()).toMatchObject({ screen: 'scenario', runner: { scenarioId: story.id, stepId: story.steps[1]!.id } });

    ctx.session.toTitle();
    button(show(titleScreen(ctx)), en('nav.openMap')).click();
    expect(ctx.session.getState().screen).toBe('map');
  });

  it("the grown-ups button opens the first world's guide", async () => {
    const ctx = await createTestUi();
    button(show(titleScreen(ctx)), en('guide.open')).click();
    expect(ctx.session.getState()).toMatchObject({ screen: 'guide', world: 'contact' });
  });

  it("offers the teachers' mode only at home, and says when the engine failed", async () => {
    const home = await createTestUi();
    expect(() => button(titleScreen(home), en('classroom.open'))).not.toThrow();
    const kiosk = await createTestUi({ mode: 'kiosk' });
    expect(() => button(titleScreen(kiosk), en('classroom.open'))).toThrow();
    home.session.setEngine('failed');
    expect(titleScreen(home).querySelector('[role="status"]')?.textContent).toBe(en('engine.failed'));
  });
});
