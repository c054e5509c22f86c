/**
 * Kiosk mode for public events: attract screen, a short tour, idle reset
 * that wipes the last visitor, and a locked-down page. Progress lives in
 * memory only and is never written to storage.
 */
import { defaultSaved } from '../../state/savedState';
import { isLangCode } from '../../i18n/languages';
import type { UiContext } from '../context';
import { watchIdle } from './idleWatcher';
import { lockDown, requestFullscreen } from './lockdown';
import { installOrganiserAccess } from '../dialogs/organiserDialog';
import { watchQueue } from './queueStrip';
import { TALLY_KEY, keepTally } from './tallyKeeper';
import { voiceKeeper } from './voiceKeeper';

export interface KioskControls {
  startVisit(lang: string): void;
  reset(): void;
  /** Once the event's file is in: keeps its languages' voices on the device when it asks to. */
  eventReady(): void;
}

export function setUpKiosk(ctx: UiContext, hooks: { onAttract(): void }): KioskControls {
  lockDown();

  /**
   * Everything of the last visitor goes: progress, language, settings, open panels. The offline
   * cache stays. It runs on every way back to the attract screen (idle, "Start again", the
   * organiser, the thank-you timer), so no path can forget it.
   */
  const wipe = () => {
    ctx.game.setState({ ...defaultSaved() });
    try {
      // The organiser's tally (counts only, when turned on) is the one thing that stays.
      const tally = localStorage.getItem(TALLY_KEY);
      localStorage.clear();
      sessionStorage.clear();
      if (tally !== null && ctx.kiosk()?.tally) localStorage.setItem(TALLY_KEY, tally);
    } catch {
      /* storage blocked: nothing was there to wipe */
    }
    globalThis.speechSynthesis?.cancel();
    document.querySelectorAll<HTMLDialogElement>('dialog[open]').forEach((d) => d.close());
    const first = ctx.kiosk()?.languages[0];
    if (first && isLangCode(first) && first !== ctx.i18n.language)
      void ctx.changeLanguage(first).then(() => ctx.game.setState({ ...defaultSaved() }));
    hooks.onAttract();
  };
  ctx.session.subscribe((state, prev) => {
    if (state.screen === 'attract' && prev.screen !== 'attract') wipe();
  });

  const reset = () => {
    if (ctx.session.getState().screen === 'attract') wipe();
    else ctx.session.toAttract();
  };

  const startVisit = (lang: string) => {
    requestFullscreen();
    const config = ctx.kiosk();
    const begin = () => {
      const steps = [
        ...(config?.tour.scenarios ?? []).map((id) => ({ kind: 'scenario' as const, id })),
        ...(config?.tour.game ? [{ kind: 'game' as const, id: config.tour.game }] : []),
      ];
      ctx.session.startTour(steps);
    };
    if (isLangCode(lang) && lang !== ctx.i18n.language) void ctx.changeLanguage(lang).then(begin);
    else begin();
  };

  watchIdle(ctx, reset);
  watchQueue(ctx);
  keepTally(ctx);
  installOrganiserAccess(ctx, { reset });
  const eventReady = () => {
    const config = ctx.kiosk();
    // Kept voices play offline only through the service worker. A page it does not serve yet (the
    // first visit) leaves the network to the game's own offline copy; the next load keeps them.
    if (config?.keepVoices && navigator.serviceWorker?.controller) void voiceKeeper().keep(config.languages.filter(isLangCode));
  };

  return { startVisit, reset, eventReady };
}
