// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { WORLDS } from '../../../src/content';
import { scenarioScreen } from '../../../src/ui/screens/scenarioScreen';
import type { UiContext } from '../../../src/ui/context';
import { button, createTestUi, en, show } from './uiContext';

const world = WORLDS[0]!;
const story = world.scenarios[0]!;

/** The screen as the app would draw it now. */
const draw = (ctx: UiContext) => show(scenarioScreen(ctx, ctx.session.scenario()!, ctx.session.getState().runner!));
const phase = (ctx: UiContext) => ctx.session.getState().runner!.phase;
const throughIntro = (ctx: UiContext) => {
  while (phase(ctx) === 'intro') button(draw(ctx), en('scenario.next')).click();
};

/** Straight to the end of the story, by the session, for tests about the end. */
const finishSafely = (ctx: UiContext) => {
  for (let guard = 0; phase(ctx) !== 'done' && guard < 100; guard++) {
    const runner = ctx.session.getState().runner!;
    const step = ctx.session.scenario()!.steps.find((s) => s.id === runner.stepId)!;
    ctx.session.act(runner.phase === 'choose' ? { type: 'choose', choiceId: step.choices.find((c) => c.kind === 'safe')!.id } : { type: 'next' });
  }
};

describe('scenarioScreen', () => {
  it('Next walks through Tiko\'s lines to the choices', async () => {
    const ctx = await createTestUi();
    ctx.session.play(story.id);
    const act = vi.spyOn(ctx.session, 'act');
    button(draw(ctx), en('scenario.next')).click();
    expect(act).toHaveBeenCalledWith({ type: 'next' });
    throughIntro(ctx);
    const el = draw(ctx);
    expect([...el.querySelectorAll('[data-choice]')].map((b) => b.textContent)).toEqual(story.steps[0]!.choices.map((c) => en(c.label)));
  });

  it('a choice shows its outcome; a risky one is tried again, a safe one continues', async () => {
    const ctx = await createTestUi();
    ctx.session.play(story.id);
    throughIntro(ctx);
    const step = story.steps[0]!;
    const risky = step.choices.find((c) => c.kind !== 'safe')!;
    const safe = step.choices.find((c) => c.kind === 'safe')!;

    draw(ctx).querySelector<HTMLButtonElement>(`[data-choice="${risky.id}"]`)!.click();
    expect(ctx.session.getState().runner).toMatchObject({ phase: 'outcome', choiceId: risky.id });
    button(draw(ctx), en('scenario.thinkAgain')).click();
    expect(phase(ctx)).toBe('choose');
    expect(draw(ctx).querySelector(`[data-choice="${risky.id}"]`)?.classList.contains('tried')).toBe(true);

    draw(ctx).querySelector<HTMLButtonElement>(`[data-choice="${safe.id}"]`)!.click();
    expect(draw(ctx).querySelector('.your-choice')?.textContent).toBe(en(safe.label));
    button(draw(ctx), en('scenario.continue')).click();
    expect(ctx.session.getState().runner!.stepId).not.toBe(step.id);
  });

  it('clicked through with safe choices, the story completes and the next story is one button away', async () => {
    const ctx = await createTestUi();
    ctx.session.play(story.id);
    // Safe choices all the way through, as a child who knows the answers.
    for (let guard = 0; phase(ctx) !== 'done' && guard < 100; guard++) {
      const el = draw(ctx);
      const safe = ctx.session.scenario()!.steps.find((s) => s.id === ctx.session.getState().runner!.stepId)!.choices.find((c) => c.kind === 'safe');
      const choice = safe && el.querySelector<HTMLButtonElement>(`[data-choice="${safe.id}"]`);
      (choice ?? el.querySelector<HTMLButtonElement>('.panel button.primary'))!.click();
    }
    expect(phase(ctx)).toBe('done');
    expect(ctx.game.getState().progress.completed).toContain(story.id);

    button(draw(ctx), en('scenario.nextStory')).click();
    expect(ctx.session.getState().runner).toMatchObject({ scenarioId: world.scenarios[1]!.id });
  });

  it('the done card\'s Play again and Back to the map go where they say', async () => {
    const ctx = await createTestUi();
    ctx.session.play(story.id);
    finishSafely(ctx);
    const act = vi.spyOn(ctx.session, 'act');
    button(draw(ctx), en('scenario.playAgain')).click();
    expect(act).toHaveBeenCalledWith({ type: 'restart' });
    ctx.session.play(story.id);
    finishSafely(ctx);
    button(draw(ctx), en('nav.backToMap')).click();
    expect(ctx.session.getState().screen).toBe('map');
  });

  it('in a kiosk tour, the end of a story moves the tour on', async () => {
    const ctx = await createTestUi({ mode: 'kiosk' });
    ctx.session.startTour([
      { kind: 'scenario', id: story.id },
      { kind: 'game', id: world.game.id },
    ]);
    finishSafely(ctx);
    button(draw(ctx), en('kiosk.continue')).click();
    expect(ctx.session.getState()).toMatchObject({ screen: 'game', game: { gameId: world.game.id } });
  });

  it('reads a card aloud in the language on show', async () => {
    const ctx = await createTestUi();
    ctx.speaker.available = () => true;
    ctx.session.play(story.id);
    throughIntro(ctx);
    draw(ctx).querySelector<HTMLButtonElement>('[data-focus-id="read-card"]')!.click();
    expect(ctx.speaker.speak).toHaveBeenCalledWith(expect.stringContaining(en(story.steps[0]!.prompt)), 'en');
  });
});
