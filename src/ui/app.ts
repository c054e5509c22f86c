/**
 * The DOM layer's root: draws the current screen from the stores, keeps focus
 * where the child expects it, and keeps <html> in step with the settings.
 */
import type { UiContext } from './context';
import { h } from './widgets/dom';
import { settingsDialog } from './dialogs/settingsDialog';
import { titleScreen } from './screens/titleScreen';
import type * as Screens from './screens/index';
import { miniGameViewKey } from '../engine/miniGame';
import { CONTRAST_QUERY, effectiveHighContrast, effectiveReducedMotion } from '../platform/preferences';

export interface AppHandle {
  /** Redraws everything, e.g. after the language changed. */
  refresh(): void;
  openSettings(): void;
  /** Settles once the first screen is really drawn (not a "loading" one): at once for the title. */
  readonly firstScreen: Promise<void>;
}

export function mountApp(ctx: UiContext, root: HTMLElement): AppHandle {
  const live = document.getElementById('live') ?? root.appendChild(h('div', { id: 'live', className: 'sr-only', 'aria-live': 'polite' }));
  const topbar = h('div', { className: 'topbar' });
  const screenHost = h('main', { id: 'screen' });
  root.replaceChildren(topbar, screenHost);
  let dialog: HTMLDialogElement | null = null;
  let viewKey = '';

  const announce = (text: string) => {
    live.textContent = '';
    // A fresh text node in a second task makes every screen reader speak it again.
    setTimeout(() => (live.textContent = text), 50);
  };

  const applyDocumentSettings = () => {
    const { settings } = ctx.game.getState();
    const html = document.documentElement;
    html.dataset.textSize = settings.textSize;
    html.dataset.reducedMotion = String(effectiveReducedMotion(settings.reducedMotion));
    html.dataset.contrast = effectiveHighContrast(settings.highContrast) ? 'high' : 'normal';
    document.title = ctx.i18n.t('app.title');
  };

  /** Where "back" leads from each screen, one level up. */
  const backButton = () => {
    const { t } = ctx.i18n;
    const { screen, world } = ctx.session.getState();
    // A kiosk visitor follows the tour; there is nowhere else to go.
    if (ctx.mode === 'kiosk') return h('span');
    const back = (label: string, go: () => void) =>
      h('button', { type: 'button', className: 'topbar-button home-button with-back-arrow', 'data-focus-id': 'topbar-back', onclick: go }, label);
    switch (screen) {
      case 'map':
        return back(t('nav.backToStart'), () => ctx.session.toTitle());
      case 'world':
      case 'reward':
      case 'certificate':
        return back(t('nav.backToMap'), () => ctx.session.toMap());
      case 'guide':
        return back(t('nav.backToStart'), () => ctx.session.toTitle());
      case 'game':
      case 'scenario':
        return back(t('nav.backToWorld'), () => (world ? ctx.session.openWorld(world) : ctx.session.toMap()));
      default:
        return h('span');
    }
  };

  const renderTopbar = () => {
    const { t } = ctx.i18n;
    topbar.replaceChildren(
      backButton(),
      ctx.mode === 'class'
        ? h(
            'button',
            { type: 'button', className: 'topbar-button teacher-button', 'data-focus-id': 'topbar-teacher', 'aria-haspopup': 'dialog', onclick: () => screens?.openTeacherMenu(ctx) },
            t('classroom.menu'),
          )
        : '',
      h(
        'button',
        { type: 'button', className: 'topbar-button settings-button', 'data-focus-id': 'topbar-settings', 'aria-haspopup': 'dialog', onclick: () => openSettings() },
        h('span', { className: 'gear', 'aria-hidden': 'true' }),
        t('settings.open'),
      ),
    );
  };

  const renderScreen = (): { el: HTMLElement; key: string; spoken: string } => {
    const { screen, runner, world, reward } = ctx.session.getState();
    if (!screens) {
      if (screen === 'title') return { el: titleScreen(ctx), key: 'title', spoken: '' };
      // Only if the child is faster than the download (or it failed and is being tried again).
      void loadScreens();
      return { el: h('div', { className: 'screen', 'aria-busy': 'true' }), key: `loading:${screen}`, spoken: '' };
    }
    const { stopCardTimer, stopAttractCycle, attractScreen, tourEndScreen, scenarioScreen, mapScreen, certificateScreen, guideScreen, miniGameScreen, worldScreen, rewardScreen } =
      screens;
    stopCardTimer();
    stopAttractCycle();
    if (screen === 'attract') return { el: attractScreen(ctx, (lang) => ctx.startVisit(lang)), key: 'attract', spoken: '' };
    if (screen === 'tourEnd') return { el: tourEndScreen(ctx), key: 'tourEnd', spoken: '' };
    const scenario = ctx.session.scenario();
    if (screen === 'scenario' && scenario && runner) {
      const line = scenario.steps.find((s) => s.id === runner.stepId)?.lines[runner.line];
      return {
        el: scenarioScreen(ctx, scenario, runner),
        key: `scenario:${runner.scenarioId}:${runner.stepId}:${runner.phase}:${runner.line}`,
        spoken: runner.phase === 'intro' && line ? ctx.i18n.t(line) : '',
      };
    }
    if (screen === 'map') return { el: mapScreen(ctx), key: 'map', spoken: '' };
    if (screen === 'certificate') return { el: certificateScreen(ctx), key: 'certificate', spoken: '' };
    if (screen === 'guide') {
      const family = ctx.session.getState().world ?? 'contact';
      return { el: guideScreen(ctx, family), key: `guide:${family}`, spoken: '' };
    }
    const game = ctx.session.getState().game;
    if (screen === 'game' && game) {
      return { el: miniGameScreen(ctx, game), key: miniGameViewKey(game), spoken: '' };
    }
    if (screen === 'world' && world) return { el: worldScreen(ctx, world), key: `world:${world}`, spoken: '' };
    if (screen === 'reward' && reward) return { el: rewardScreen(ctx, reward), key: `reward:${reward}`, spoken: '' };
    return { el: titleScreen(ctx), key: 'title', spoken: '' };
  };

  const render = () => {
    const focusedId = (document.activeElement as HTMLElement | null)?.dataset?.focusId;
    const hadFocusInScreen = !!focusedId || screenHost.contains(document.activeElement);
    const { el, key, spoken } = renderScreen();
    renderTopbar();
    screenHost.replaceChildren(el);
    applyDocumentSettings();
    const changed = key !== viewKey;
    const firstRender = viewKey === '';
    viewKey = key;
    if (dialog?.open) return;

    const same = focusedId ? document.querySelector<HTMLElement>(`[data-focus-id="${focusedId}"]`) : null;
    if (same) same.focus();
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
  // next screen change (the service worker has them after the first visit).
  let screens: typeof Screens | null = null;
  let loading: Promise<void> | null = null;
  const loadScreens = (): Promise<void> =>
    (loading ??= import('./screens/index').then(
      (loaded) => {
        screens = loaded;
        // Only a waiting screen is redrawn: redrawing the title could swallow a tap in progress.
        if (viewKey.startsWith('loading:')) render();
      },
      (error: unknown) => {
        loading = null;
        console.warn('[ui] The game screens could not be downloaded yet; trying again at the next step.', error);
      },
    ));
  const firstScreen = ctx.session.getState().screen === 'title' ? Promise.resolve() : loadScreens();

  ctx.session.subscribe(render);
  ctx.game.subscribe((state, prev) => {
    applyDocumentSettings();
    if (state.progress !== prev.progress && ctx.session.getState().screen !== 'scenario') render();
  });
  // Someone may turn on the device's high contrast mid-game: follow it while the child has not chosen.
  if (typeof matchMedia === 'function') matchMedia(CONTRAST_QUERY).addEventListener?.('change', applyDocumentSettings);
  ctx.i18n.on('languageChanged', () => {
    // The last line spoken stays in the live region: not in a language the page no longer speaks.
    live.textContent = '';
    render();
    if (dialog?.open) openSettings();
  });
  render();
  // Right after the first screen, while the child reads it.
  void loadScreens();

  return { refresh: render, openSettings, firstScreen };
}
