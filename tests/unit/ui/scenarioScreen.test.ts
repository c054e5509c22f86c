// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ALL_SCENARIOS, WORLDS, type Step } from '../../../src/content';
import { isChooseStep, safePath } from '../../../src/engine/steps';
import { scenarioScreen } from '../../../src/ui/screens/scenarioScreen';
import type { UiContext } from '../../../src/ui/context';
import { button, createTestUi, en, show } from './uiContext';
import { choicesOf, finishStory, playToStep, safeChoiceOf } from '../../support/playSession';

// Every story now has a pretend app (issue 12); its choose steps come first. The apps' own controls
// have their view tests (chatReportBlockView.test.ts and the others).
const story = ALL_SCENARIOS[0]!;
const world = WORLDS.find((w) => w.family === story.family)!;
const withPractice = ALL_SCENARIOS.find((s) => s.steps.some((step) => step.kind === 'practice'))!;

/** The screen as the app would draw it now. */
const draw = (ctx: UiContext) => show(scenarioScreen(ctx, ctx.session.scenario()!, ctx.session.getState().runner!));
const phase = (ctx: UiContext) => ctx.session.getState().runner!.phase;
const choose = (step: Step) => {
  if (!isChooseStep(step)) throw new Error(`${step.id} is not a choose step`);
  return step;
};
const throughIntro = (ctx: UiContext) => {
  while (phase(ctx) === 'intro') button(draw(ctx), en('scenario.next')).click();
};

/** Straight to the end of the story, by the session, for tests about the end. */
const finishSafely = (ctx: UiContext) => finishStory(ctx.session);

describe('scenarioScreen', () => {
  it("Next walks through Tiko's lines to the choices", async () => {
    const ctx = await createTestUi();
    ctx.session.play(story.id);
    const act = vi.spyOn(ctx.session, 'act');
    button(draw(ctx), en('scenario.next')).click();
    expect(act).toHaveBeenCalledWith({ type: 'next' });
    throughIntro(ctx);
    const el = draw(ctx);
    expect([...el.querySelectorAll('[data-choice]')].map((b) => b.textContent)).toEqual(choicesOf(story.steps[0]).map((c) => en(c.label)));
  });

  it('a choice shows its outcome; a risky one is tried again, a safe one continues', async () => {
    const ctx = await createTestUi();
    ctx.session.play(story.id);
    throughIntro(ctx);
    const step = story.steps[0]!;
    const risky = choicesOf(step).find((c) => c.kind !== 'safe')!;
    const safe = choicesOf(step).find((c) => c.kind === 'safe')!;

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
      const step = ctx.session.scenario()!.steps.find((s) => s.id === ctx.session.getState().runner!.stepId)!;
      if (phase(ctx) === 'practice' && !isChooseStep(step) && !ctx.session.getState().runner!.practice?.lessSafe) {
        // The pretend app's safe actions, as its own view tests press them; then Continue below.
        const done = safePath(step.task, ctx.session.getState().runner!.practice!.task);
        for (const action of done) ctx.session.act({ type: 'practice', action });
      }
      const el = draw(ctx);
      const safe = safeChoiceOf(ctx.session.scenario()!.steps.find((s) => s.id === ctx.session.getState().runner!.stepId));
      const choice = safe && el.querySelector<HTMLButtonElement>(`[data-choice="${safe.id}"]`);
      (choice ?? el.querySelector<HTMLButtonElement>('.panel button.primary'))!.click();
    }
    expect(phase(ctx)).toBe('done');
    expect(ctx.game.getState().progress.completed).toContain(story.id);

    button(draw(ctx), en('scenario.nextStory')).click();
    // The world's first story not finished yet.
    expect(ctx.session.getState().runner).toMatchObject({ scenarioId: world.scenarios.find((s) => s.id !== story.id)!.id });
  });

  it("the done card's Play again and Back to the map go where they say", async () => {
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
    // Line by line, so each has its recorded voice where the device has none.
    const step = choose(story.steps[0]!);
    expect(ctx.speaker.speak).toHaveBeenCalledWith([en(step.prompt), ...step.choices.map((c) => en(c.label))], 'en');
  });

  it('a practice step draws its pretend app in the stage slot, with its own controls', async () => {
    const ctx = await createTestUi();
    const step = withPractice.steps.find((s) => s.kind === 'practice')!;
    ctx.session.play(withPractice.id);
    playToStep(ctx.session, step.id);
    throughIntro(ctx);
    expect(phase(ctx)).toBe('practice');
    const el = draw(ctx);
    expect(el.querySelector('#stage .pretend-app')).not.toBeNull();
    expect(el.querySelector('[data-choice]')).toBeNull();
  });
});
