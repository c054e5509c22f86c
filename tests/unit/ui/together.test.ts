// @vitest-environment happy-dom
/**
 * Play together in the DOM: the Settings switch, the choices' pictures, the grown-up's card and
 * the narrator that reads each new line as its read-aloud button would.
 */
import { describe, expect, it, vi } from 'vitest';
import { ALL_SCENARIOS, type ChooseStep } from '../../../src/content';
import { DEFAULT_KIOSK } from '../../../src/engine/siteConfig';
import { settingsDialog } from '../../../src/ui/dialogs/settingsDialog';
import { scenarioScreen } from '../../../src/ui/screens/scenarioScreen';
import { loadChoicePictures } from '../../../src/ui/together/choicePicture';
import { installTogether } from '../../../src/ui/together/narrator';
import type { UiContext } from '../../../src/ui/context';
import { finishStory, playToKeyMessage } from '../../support/playSession';
import { button, createTestUi, en, show } from './uiContext';

const story = ALL_SCENARIOS[0]!;
const firstStep = story.steps[0] as ChooseStep;
const draw = (ctx: UiContext) => show(scenarioScreen(ctx, ctx.session.scenario()!, ctx.session.getState().runner!));
const toChoices = (ctx: UiContext) => {
  ctx.session.play(story.id);
  while (ctx.session.getState().runner!.phase === 'intro') ctx.session.act({ type: 'next' });
};
const checkbox = (dialog: HTMLElement) => dialog.querySelector<HTMLInputElement>('[data-focus-id="settings-together"]')!;

describe('play together', () => {
  it('is a switch in Settings, kept in the game store; a class has none', async () => {
    const ctx = await createTestUi();
    const dialog = show(settingsDialog(ctx, { reducedMotion: false, highContrast: false }));
    const box = checkbox(dialog);
    expect(box.checked).toBe(false);
    expect(box.closest('label')?.textContent).toBe(en('together.switch'));
    box.click();
    expect(ctx.game.getState().settings.playTogether).toBe(true);
    expect(dialog.querySelector('[role="status"].tg-setting-status')?.textContent).toBe(en('kioskPlus.togetherOn'));
    box.click();
    expect(ctx.game.getState().settings.playTogether).toBe(false);
    const inClass = await createTestUi({ mode: 'class' });
    expect(checkbox(show(settingsDialog(inClass, { reducedMotion: false, highContrast: false })))).toBeNull();
  });

  it('at a kiosk starts as the event set it', async () => {
    const ctx = await createTestUi({ mode: 'kiosk', kiosk: { ...DEFAULT_KIOSK, playTogether: true } });
    expect(checkbox(show(settingsDialog(ctx, { reducedMotion: false, highContrast: false }))).checked).toBe(true);
  });

  it('gives every choice a big picture, only while it is on', async () => {
    const ctx = await createTestUi();
    await loadChoicePictures();
    toChoices(ctx);
    expect(draw(ctx).querySelectorAll('.tg-picture')).toHaveLength(0);
    ctx.game.getState().setPlayTogether(true);
    const el = draw(ctx);
    const pictures = [...el.querySelectorAll<HTMLElement>('[data-choice] .tg-picture')];
    expect(pictures.map((p) => p.dataset.picture)).toEqual(firstStep.choices.map((c) => c.picture));
    for (const p of pictures) {
      expect(p.getAttribute('aria-hidden')).toBe('true');
      expect(p.querySelector('svg')).not.toBeNull();
    }
    // The button's name stays its words.
    expect([...el.querySelectorAll('[data-choice]')].map((b) => b.textContent)).toEqual(firstStep.choices.map((c) => en(c.label)));
  });

  it('ends the story with the grown-up’s turn: its question, and a button that leads on', async () => {
    const ctx = await createTestUi();
    ctx.game.getState().setPlayTogether(true);
    ctx.session.play(story.id);
    playToKeyMessage(ctx.session);
    ctx.session.act({ type: 'next' });
    button(draw(ctx), en('scenario.finish')).click();
    expect(ctx.session.getState().runner!.phase).toBe('grownUp');
    const el = draw(ctx);
    expect(el.querySelector('[data-screen-heading]')?.textContent).toBe(en('kioskPlus.togetherTitle'));
    expect(el.querySelector('[data-screen-heading]')?.getAttribute('tabindex')).toBe('-1');
    expect(el.textContent).toContain(en('kioskPlus.togetherAsk'));
    button(el, en('kioskPlus.togetherDone')).click();
    expect(ctx.session.getState().runner!.phase).toBe('done');
  });

  it('without it, the story ends after the help card as before', async () => {
    const ctx = await createTestUi();
    ctx.session.play(story.id);
    finishStory(ctx.session);
    expect(ctx.session.getState().runner!.phase).toBe('done');
  });
});

describe('the narrator', () => {
  /** The app's root, redrawn from the session as the app does. */
  async function narrated(on: boolean) {
    const ctx = await createTestUi();
    ctx.speaker.available = () => true;
    const speak = vi.mocked(ctx.speaker.speak);
    const root = document.createElement('div');
    const screen = document.createElement('main');
    screen.id = 'screen';
    root.append(screen);
    document.body.replaceChildren(root);
    const redraw = () => screen.replaceChildren(scenarioScreen(ctx, ctx.session.scenario()!, ctx.session.getState().runner!));
    installTogether(ctx, root);
    ctx.game.getState().setPlayTogether(on);
    ctx.session.play(story.id);
    const settle = () => new Promise((resolve) => setTimeout(resolve));
    return { ctx, speak, redraw, settle };
  }

  it('reads each new line by itself once, the message in the stage when it first shows, and the question with its choices', async () => {
    const { ctx, speak, redraw, settle } = await narrated(true);
    redraw();
    await settle();
    expect(speak).toHaveBeenLastCalledWith([en(firstStep.lines[0]!)], 'en');
    redraw();
    await settle();
    expect(speak).toHaveBeenCalledTimes(1);
    while (ctx.session.getState().runner!.phase === 'intro') {
      ctx.session.act({ type: 'next' });
      redraw();
      await settle();
    }
    const prompt = [en(firstStep.prompt), ...firstStep.choices.map((c) => en(c.label))];
    expect(speak).toHaveBeenLastCalledWith(prompt, 'en');
    const messages = speak.mock.calls.map(([lines]) => lines).find((lines) => lines.includes(en(firstStep.situation[0]!.text)));
    expect(messages).toBeDefined();
    ctx.session.act({ type: 'choose', choiceId: firstStep.choices.find((c) => c.kind === 'safe')!.id });
    redraw();
    await settle();
    expect(speak.mock.lastCall?.[0]).toContain(en('scenario.goodChoice'));
  });

  it('stays quiet while play together is off, or the sound is', async () => {
    const { ctx, speak, redraw, settle } = await narrated(false);
    redraw();
    await settle();
    ctx.game.getState().setPlayTogether(true);
    ctx.game.getState().setSound(false);
    ctx.session.act({ type: 'next' });
    redraw();
    await settle();
    expect(speak).not.toHaveBeenCalled();
  });
});

describe('at a kiosk', () => {
  it('the wipe between visitors forgets a visitor’s own choice and keeps the event’s', async () => {
    // happy-dom has no print(), which the kiosk's lockdown keeps a copy of.
    window.print ??= () => undefined;
    const { setUpKiosk } = await import('../../../src/ui/kiosk/kioskMode');
    const { togetherOn } = await import('../../../src/ui/together/together');
    const ctx = await createTestUi({ mode: 'kiosk', kiosk: { ...DEFAULT_KIOSK, playTogether: true } });
    setUpKiosk(ctx, { onAttract: () => undefined });
    ctx.session.startTour([{ kind: 'scenario', id: story.id }]);
    expect(togetherOn(ctx)).toBe(true);
    ctx.game.getState().setPlayTogether(false);
    expect(togetherOn(ctx)).toBe(false);
    ctx.session.toAttract();
    expect(ctx.game.getState().settings.playTogether).toBeNull();
    expect(togetherOn(ctx)).toBe(true);
  });
});
