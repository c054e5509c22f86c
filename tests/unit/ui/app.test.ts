// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WORLDS } from '../../../src/content';
import { DEFAULT_KIOSK } from '../../../src/engine/siteConfig';
import type { Screen } from '../../../src/state/session';
import { mountApp } from '../../../src/ui/app';
import type { UiContext } from '../../../src/ui/context';
import { SCREENS } from '../../../src/ui/screens/registry';
import { button, createTestUi, en, type TestUiOptions } from './uiContext';

const world = WORLDS[0]!;
const story = world.scenarios[0]!;

/** The app on a fresh page, with the screens chunk arrived. */
async function mount(options: TestUiOptions = {}) {
  const ctx = await createTestUi(options);
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const app = mountApp(ctx, root);
  await app.firstScreen;
  await vi.dynamicImportSettled();
  return { ctx, app, root };
}

const back = () => document.querySelector<HTMLButtonElement>('[data-focus-id="topbar-back"]');

beforeEach(() => document.body.replaceChildren());
afterEach(() => vi.useRealTimers());

describe('app: the registry host', () => {
  const cases: [Screen, (ctx: UiContext) => void, string | null, Partial<{ screen: Screen; world: string }>][] = [
    ['title', () => undefined, null, {}],
    ['map', (ctx) => ctx.session.toMap(), 'nav.backToStart', { screen: 'title' }],
    ['world', (ctx) => ctx.session.openWorld(world.family), 'nav.backToMap', { screen: 'map' }],
    ['scenario', (ctx) => ctx.session.play(story.id), 'nav.backToWorld', { screen: 'world', world: world.family }],
    ['game', (ctx) => ctx.session.openGame(world.family), 'nav.backToWorld', { screen: 'world', world: world.family }],
    ['reward', (ctx) => ctx.session.setState({ screen: 'reward', reward: world.family }), 'nav.backToMap', { screen: 'map' }],
    ['certificate', (ctx) => ctx.session.toCertificate(), 'nav.backToMap', { screen: 'map' }],
    ['album', (ctx) => ctx.session.toAlbum(), 'nav.backToMap', { screen: 'map' }],
    ['credits', (ctx) => ctx.session.toCredits(), 'nav.backToStart', { screen: 'title' }],
    ['guide', (ctx) => ctx.session.toGuide(world.family), 'nav.backToStart', { screen: 'title' }],
    ['attract', (ctx) => ctx.session.toAttract(), null, {}],
    ['tourEnd', (ctx) => ctx.session.startTour([]), null, {}],
  ];

  it('covers every screen in these cases', () => {
    expect(cases.map(([screen]) => screen).sort()).toEqual(Object.keys(SCREENS).sort());
  });

  it.each(cases)('Back from %s goes where its entry says', async (screen, open, label, after) => {
    const { ctx } = await mount();
    open(ctx);
    expect(ctx.session.getState().screen).toBe(screen);
    if (!label) {
      expect(back()).toBeNull();
      return;
    }
    expect(back()?.textContent).toBe(en(label));
    back()!.click();
    expect(ctx.session.getState()).toMatchObject(after);
  });

  it('a kiosk visitor has no Back anywhere: the tour leads', async () => {
    const { ctx } = await mount({ mode: 'kiosk' });
    ctx.session.startTour([{ kind: 'scenario', id: story.id }]);
    expect(ctx.session.getState().screen).toBe('scenario');
    expect(back()).toBeNull();
  });

  it('a redraw of a mini-game keeps focus on the control in use', async () => {
    const { ctx, app } = await mount();
    ctx.session.openGame(world.family);
    ctx.session.gameAct({ type: 'start', challenge: false });
    const control = document.querySelector<HTMLElement>('.panel button[data-focus-id]')!;
    control.focus();
    // A voice or the stories' words arriving redraws the screen.
    app.refresh();
    expect((document.activeElement as HTMLElement | null)?.dataset.focusId).toBe(control.dataset.focusId);
  });

  it('no clock runs in a mini-game, even in the challenge or behind the map', async () => {
    const { ctx } = await mount();
    vi.useFakeTimers();
    ctx.session.openGame(world.family);
    ctx.session.gameAct({ type: 'start', challenge: true });
    const game = ctx.session.getState().game;
    vi.advanceTimersByTime(60_000);
    expect(ctx.session.getState().game).toBe(game);
    ctx.session.toMap();
    vi.advanceTimersByTime(60_000);
    expect(ctx.session.getState().game).toBe(game);
  });

  it("focus lands on the new screen's heading after a control moved on", async () => {
    const { root } = await mount();
    const play = button(root, en('title.play'));
    play.focus();
    play.click();
    expect(document.activeElement?.id).toBe('map-heading');
    expect(document.activeElement?.hasAttribute('data-screen-heading')).toBe(true);
  });

  it('a child faster than the screens download: focus goes to the screen that follows the placeholder', async () => {
    const ctx = await createTestUi();
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    mountApp(ctx, root);
    const play = button(root, en('title.play'));
    play.focus();
    play.click();
    expect(root.querySelector('[aria-busy="true"]')).not.toBeNull();
    await vi.dynamicImportSettled();
    expect(document.activeElement?.id).toBe('map-heading');
  });

  it('a redraw of the same screen (words or a voice arriving) keeps the focus on its heading', async () => {
    const { app, root } = await mount();
    const play = button(root, en('title.play'));
    play.focus();
    play.click();
    expect(document.activeElement?.id).toBe('map-heading');
    app.refresh();
    expect(document.activeElement?.id).toBe('map-heading');
    expect(root.contains(document.activeElement)).toBe(true);
  });

  it('a redraw that changes nothing on screen lets a tap in progress through', async () => {
    const { ctx, app, root } = await mount();
    ctx.session.toMap();
    const world = () => root.querySelector<HTMLButtonElement>(`[data-world="${WORLDS[0]!.family}"]`)!;
    // The finger goes down, the same map is drawn again under it, the finger lifts.
    world().dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerId: 3 }));
    app.refresh();
    world().dispatchEvent(new PointerEvent('click', { bubbles: true, cancelable: true, detail: 1, pointerId: 3 }));
    expect(ctx.session.getState().screen).toBe('world');
  });

  it('a redraw keeps focus on the same control', async () => {
    const { ctx, app, root } = await mount();
    ctx.session.toMap();
    const first = root.querySelector<HTMLButtonElement>(`[data-world="${world.family}"]`)!;
    first.focus();
    app.refresh();
    expect(document.activeElement).not.toBe(first);
    expect((document.activeElement as HTMLElement).dataset.focusId).toBe(`world-${world.family}`);
  });

  it('publishes what the stage shows and which music plays, from the entry', async () => {
    const { ctx } = await mount();
    expect(ctx.stage.getState()).toMatchObject({ view: { kind: 'none' }, rect: null, music: null });
    ctx.session.toMap();
    expect(ctx.stage.getState()).toMatchObject({ view: { kind: 'map', mood: 'waving' }, music: 'map' });
    expect(ctx.stage.getState().rect).not.toBeNull();
    ctx.session.play(story.id);
    expect(ctx.stage.getState()).toMatchObject({
      view: { kind: 'story', scenarioId: story.id, stepId: story.start, phase: 'scene' },
      music: world.family,
    });
    ctx.session.setState({ screen: 'reward', reward: world.family });
    expect(ctx.stage.getState()).toMatchObject({ view: { kind: 'reward', family: world.family, mood: 'happy' }, music: world.family });
    ctx.session.toCertificate();
    expect(ctx.stage.getState()).toMatchObject({ view: { kind: 'none' }, rect: null, music: null });
  });

  it("speaks a story's line once, when it first shows", async () => {
    const { ctx, app } = await mount();
    vi.useFakeTimers();
    ctx.session.play(story.id);
    vi.advanceTimersByTime(100);
    const live = document.getElementById('live')!;
    expect(live.textContent).toBe(en(story.steps[0]!.lines[0]!));
    live.textContent = '';
    app.refresh();
    vi.advanceTimersByTime(100);
    expect(live.textContent).toBe('');
  });

  it('a screen the session has nothing for shows the title', async () => {
    const { ctx } = await mount();
    ctx.session.setState({ screen: 'world', world: null });
    expect(document.getElementById('title-heading')).not.toBeNull();
  });
});

describe('app: the kiosk attract screen', () => {
  it('a language change starts the invitation over from the new language', async () => {
    const { ctx, root } = await mount({ mode: 'kiosk', kiosk: { ...DEFAULT_KIOSK, languages: ['en', 'es', 'fr'] } });
    await ctx.changeLanguage('es');
    ctx.session.toAttract();
    // The reset brings the event's first language back after the attract screen showed.
    await ctx.changeLanguage('en');
    root.querySelector<HTMLButtonElement>('.attract-touch')!.click();
    expect(ctx.startVisit).toHaveBeenCalledWith('en');
  });
});
