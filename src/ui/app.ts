/**
 * The DOM layer's root: draws the current screen's entry (src/ui/screens/registry.ts) from the
 * stores, keeps focus where the child expects it, publishes what the stage shows, and keeps
 * <html> in step with the settings.
 */
import type { UiContext } from './context';
import { h } from './widgets/dom';
import { settingsDialog } from './dialogs/settingsDialog';
import { titleEntry } from './screens/titleEntry';
import type { BackLink, ScreenEntry } from './screens/screenEntry';
import type * as Screens from './screens/index';
import { createScreenScope, type DisposableScope } from './screenScope';
import { watchStageSlot } from './stageSlot';
import { publishStage } from '../state/stage';
import { CONTRAST_QUERY, effectiveHighContrast, effectiveReducedMotion } from '../platform/preferences';
import { reloadableImport } from '../platform/reloadableImport';
import { classLanding, installClicker } from './widgets/classClicker';
import { guardTaps } from './tapGuard';

export interface AppHandle {
  /** Redraws everything, e.g. after the language changed. */
  refresh(): void;
  openSettings(): void;
  /** Settles once the first screen is really drawn (not a "loading" one): at once for the title. */
  readonly firstScreen: Promise<void>;
}

export function mountApp(ctx: UiContext, root: HTMLElement): AppHandle {
  // Beside the root, not in it: the root's children are replaced just below.
  const live =
    document.getElementById('live') ?? document.body.appendChild(h('div', { id: 'live', className: 'sr-only', 'aria-live': 'polite' }));
  const topbar = h('div', { className: 'topbar' });
  const screenHost = h('main', { id: 'screen' });
  root.replaceChildren(topbar, screenHost);
  // Every screen change is guarded: a double tap on Next never lands on what appears under the finger.
  const taps = guardTaps(root);
  let dialog: HTMLDialogElement | null = null;
  /** The screen instance on show, and the scope its timers and listeners belong to. */
  let shown: { key: string; scope: DisposableScope } | null = null;
  const stageSlot = watchStageSlot(ctx.stage, screenHost);

  let announcing: ReturnType<typeof setTimeout> | undefined;
  const announce = (text: string) => {
    // A line that has not been spoken yet when the next one comes is dropped, never spoken late over it.
    clearTimeout(announcing);
    live.textContent = '';
    // A fresh text node in a second task makes every screen reader speak it again.
    announcing = setTimeout(() => (live.textContent = text), 50);
  };

  const applyDocumentSettings = () => {
    const { settings } = ctx.game.getState();
    const html = document.documentElement;
    html.dataset.textSize = settings.textSize;
    html.dataset.reducedMotion = String(effectiveReducedMotion(settings.reducedMotion));
    html.dataset.contrast = effectiveHighContrast(settings.highContrast) ? 'high' : 'normal';
    document.title = ctx.i18n.t('app.title');
  };

  /** One level up, as the screen's entry says; a kiosk visitor follows the tour and has nowhere else to go. */
  const backButton = (back: BackLink | null) =>
    back && ctx.mode !== 'kiosk'
      ? h(
          'button',
          {
            type: 'button',
            className: 'topbar-button home-button with-back-arrow',
            'data-focus-id': 'topbar-back',
            onclick: () => back.go(ctx),
          },
          ctx.i18n.t(back.label),
        )
      : h('span');

  const renderTopbar = (back: BackLink | null) => {
    const { t } = ctx.i18n;
    topbar.replaceChildren(
      backButton(back),
      ctx.mode === 'class'
        ? h(
            'button',
            {
              type: 'button',
              className: 'topbar-button teacher-button',
              'data-focus-id': 'topbar-teacher',
              'aria-haspopup': 'dialog',
              onclick: () => screens?.openTeacherMenu(ctx),
            },
            t('classroom.menu'),
          )
        : '',
      h(
        'button',
        {
          type: 'button',
          className: 'topbar-button settings-button',
          'data-focus-id': 'topbar-settings',
          'aria-haspopup': 'dialog',
          onclick: () => openSettings(),
        },
        h('span', { className: 'gear', 'aria-hidden': 'true' }),
        t('settings.open'),
      ),
    );
  };

  /** Only while the screens chunk is on its way (the child was faster, or it failed and is tried again). */
  const loadingEntry: ScreenEntry = {
    instance: () => `loading:${ctx.session.getState().screen}`,
    render: (_ctx, scope) => {
      // Once per screen change, not at every redraw (words or voices arriving): a try that ends in a
      // reload (platform/reloadableImport.ts) then only ever follows the child's own step.
      scope.keep('download', () => void loadScreens());
      return { el: h('div', { className: 'screen', 'aria-busy': 'true' }) };
    },
    back: { label: 'nav.backToStart', go: () => ctx.session.toTitle() },
    stage: () => ({ kind: 'none' }),
    music: () => null,
  };

  const currentEntry = (): { entry: ScreenEntry; key: string } => {
    const { screen } = ctx.session.getState();
    const entry = screens ? screens.SCREENS[screen] : screen === 'title' ? titleEntry : loadingEntry;
    const key = entry.instance(ctx);
    return key === null ? { entry: titleEntry, key: 'title' } : { entry, key };
  };

  /** The child was using the screen (a key, a tap) when the placeholder took its place. */
  let focusWhileLoading = false;
  /** What the last drawing showed, to tell a new screen from a redraw of the same one. */
  let lastDrawn = '';

  const render = () => {
    const focusedId = (document.activeElement as HTMLElement | null)?.dataset?.focusId;
    // A heading has no focus id: a redraw of the same screen (words or voices arriving) gives its focus to the new one.
    const onHeading = !!document.activeElement?.hasAttribute('data-screen-heading') && screenHost.contains(document.activeElement);
    const { entry, key } = currentEntry();
    // Focus on the placeholder was lost with the button that opened it: the screen that follows
    // takes it, as if it had come at once.
    const hadFocusInScreen = !!focusedId || screenHost.contains(document.activeElement) || focusWhileLoading;
    focusWhileLoading = entry === loadingEntry && hadFocusInScreen;
    const firstRender = !shown;
    const changed = key !== shown?.key;
    if (changed) {
      shown?.scope.dispose();
      shown = { key, scope: createScreenScope() };
    }
    const { el, spoken } = entry.render(ctx, shown!.scope);
    renderTopbar(entry.back);
    screenHost.replaceChildren(el);
    // A redraw that changes nothing a child can see (a voice arriving, the same words again) is no
    // new screen: a tap in progress on it still counts.
    const drawn = `${key}\u0000${el.textContent ?? ''}`;
    if (drawn !== lastDrawn) taps.drawn();
    lastDrawn = drawn;
    applyDocumentSettings();
    publishStage(ctx.stage, {
      view: entry.stage(ctx),
      music: entry.music(ctx),
      rtl: document.documentElement.dir === 'rtl',
      rect: stageSlot.follow(el.querySelector<HTMLElement>('#stage')),
    });
    if (dialog?.open) return;

    const same = focusedId ? document.querySelector<HTMLElement>(`[data-focus-id="${focusedId}"]`) : null;
    if (same) same.focus();
    else if (!changed && onHeading) el.querySelector<HTMLElement>('[data-screen-heading]')?.focus();
    // A teacher's clicker needs the focus on the way on after every step (widgets/classClicker.ts).
    else if (ctx.mode === 'class' && !firstRender && !topbar.contains(document.activeElement)) classLanding(el)?.focus();
    else if (changed && !firstRender && hadFocusInScreen) {
      const target = el.querySelector<HTMLElement>('[data-screen-heading]') ?? el.querySelector<HTMLElement>('.panel button');
      target?.focus();
    }
    if (changed && spoken) announce(spoken);
  };

  const openSettings = () => {
    const { settings } = ctx.game.getState();
    const next = settingsDialog(ctx, {
      reducedMotion: effectiveReducedMotion(settings.reducedMotion),
      highContrast: effectiveHighContrast(settings.highContrast),
    });
    next.addEventListener('close', () => {
      next.remove();
      // A panel replaced after a language change closes too; only the current one hands focus back.
      if (dialog !== next) return;
      dialog = null;
      document.querySelector<HTMLElement>('[data-focus-id="topbar-settings"]')?.focus();
    });
    const focusedId = (document.activeElement as HTMLElement | null)?.dataset?.focusId;
    if (dialog) {
      // Rebuilt in place (language change): swap without closing, focus stays put.
      const old = dialog;
      dialog = next;
      old.replaceWith(next);
      next.showModal();
      // Rebuilt because the language changed, so the language control is the natural place for focus.
      (next.querySelector<HTMLElement>(`[data-focus-id="${focusedId}"]`) ?? next.querySelector<HTMLElement>('#settings-language'))?.focus();
      return;
    }
    dialog = next;
    document.body.append(next);
    next.showModal();
  };

  // The other screens follow the first one at once; a failed download is tried again at the
  // next screen change, by a reload (platform/reloadableImport.ts says why; the service worker has them after the first visit).
  let screens: typeof Screens | null = null;
  let loading: Promise<void> | null = null;
  const importScreens = reloadableImport(() => import('./screens/index'));
  const loadScreens = (): Promise<void> =>
    (loading ??= importScreens().then(
      (loaded) => {
        screens = loaded;
        // Only a waiting screen is redrawn: redrawing the title could swallow a tap in progress.
        if (shown?.key.startsWith('loading:')) render();
      },
      (error: unknown) => {
        loading = null;
        console.warn('[ui] The game screens could not be downloaded yet; trying again at the next step.', error);
      },
    ));
  const firstScreen = ctx.session.getState().screen === 'title' ? Promise.resolve() : loadScreens();

  ctx.session.subscribe((state, prev) => {
    // The engine coming up changes nothing a screen shows (only its failure does): the title is
    // not drawn again under a finger reaching for Play.
    const engineCameUp =
      state.engine !== prev.engine &&
      state.engine !== 'failed' &&
      prev.engine !== 'failed' &&
      (Object.keys(state) as (keyof typeof state)[]).every((k) => k === 'engine' || state[k] === prev[k]);
    if (!engineCameUp) render();
  });
  ctx.game.subscribe((state, prev) => {
    applyDocumentSettings();
    if (state.progress !== prev.progress && ctx.session.getState().screen !== 'scenario') render();
  });
  // Someone may turn on the device's high contrast mid-game: follow it while the child has not chosen.
  if (typeof matchMedia === 'function') matchMedia(CONTRAST_QUERY).addEventListener?.('change', applyDocumentSettings);
  ctx.i18n.on('languageChanged', () => {
    // The last line spoken stays in the live region: not in a language the page no longer speaks.
    clearTimeout(announcing);
    live.textContent = '';
    render();
    if (dialog?.open) openSettings();
  });
  if (ctx.mode === 'class') installClicker(ctx);
  render();
  // Right after the first screen, while the child reads it.
  void loadScreens();

  return { refresh: render, openSettings, firstScreen };
}
