import { LANGUAGES, isLangCode } from '../../i18n/languages';
import type { UiContext } from '../context';
import { h } from '../widgets/dom';
import { allKept } from '../../platform/keptVoices';
import { type KeeperState, voiceKeeper } from './voiceKeeper';

/** 'reload': kept, but this page was loaded before it was, so it still plays from the network. */
type GameCopy = 'ready' | 'reload' | 'saving' | 'none';

/** Is the game itself (code, pictures, every language's words) kept for offline play, and in use? */
async function gameCopy(): Promise<GameCopy> {
  const workers = 'serviceWorker' in navigator ? navigator.serviceWorker : null;
  if (!workers) return 'none';
  if (workers.controller) return 'ready';
  if (document.documentElement.dataset.offline === 'ready') return 'reload';
  try {
    const registration = await workers.getRegistration();
    if (!registration) return 'none';
    return registration.active ? 'reload' : 'saving';
  } catch {
    return 'none';
  }
}

/**
 * The organiser's check before the doors open: can the stand play without the network? The game
 * is kept by the service worker on its own; the recorded voices of the event's languages (6 to
 * 12 MB each) are kept here, on request, with the counts as they come.
 */
export function offlineView(ctx: UiContext): HTMLElement {
  const { t } = ctx.i18n;
  const keeper = voiceKeeper();
  const langs = (ctx.kiosk()?.languages ?? []).filter(isLangCode);
  // Grouped as the panel's language writes numbers (1 433, 1,433), in the digits the game uses everywhere.
  const number = new Intl.NumberFormat(ctx.i18n.language, { numberingSystem: 'latn' });
  const game = h('div', { className: 'kiosk-offline-game' });
  const counts = h('dl', { className: 'kiosk-tally-visits kiosk-voice-counts' });
  const status = h('p', { role: 'status', className: 'kiosk-offline-status' });
  const keep = h(
    'button',
    { type: 'button', className: 'secondary', 'data-focus-id': 'kiosk-keep-voices', onclick: () => void keeper.keep(langs) },
    t('kioskPlus.voicesKeep'),
  );
  const section = h(
    'section',
    { className: 'kiosk-offline', 'aria-labelledby': 'kiosk-offline-title' },
    h('h3', { id: 'kiosk-offline-title' }, t('kioskPlus.offlineOpen')),
    game,
    h('p', {}, t('kioskPlus.voicesNote')),
    counts,
    h('div', { className: 'confirm-actions' }, keep),
    status,
  );

  const draw = (state: KeeperState) => {
    counts.replaceChildren(
      ...langs.flatMap((lang) => {
        const count = state.counts.find((c) => c.lang === lang);
        const language = LANGUAGES.find((l) => l.code === lang);
        return [
          // The name in its own script and direction, the row in the panel's.
          h('dt', {}, h('span', { lang, dir: language?.dir ?? 'ltr' }, language?.nativeName ?? lang)),
          h(
            'dd',
            { 'data-voices': lang },
            allKept(count)
              ? t('kioskPlus.voicesReady')
              : count?.total === null || !count
                ? t('kioskPlus.voicesUnknown')
                : t('kioskPlus.voicesCount', { kept: number.format(count.kept), total: number.format(count.total) }),
          ),
        ];
      }),
    );
    const everyKept = langs.length > 0 && langs.every((lang) => allKept(state.counts.find((c) => c.lang === lang)));
    keep.disabled = !keeper.possible || state.phase === 'keeping' || everyKept;
    const message = !keeper.possible
      ? t('kioskPlus.voicesImpossible')
      : state.phase === 'keeping'
        ? t('kioskPlus.voicesKeeping')
        : everyKept
          ? t('kioskPlus.voicesDone')
          : state.phase === 'offline'
            ? t('kioskPlus.voicesOffline')
            : state.phase === 'full'
              ? t('kioskPlus.voicesFull')
              : '';
    // A live region speaks on change only: the counts below change with every file, this sentence rarely.
    if (status.textContent !== message) status.textContent = message;
  };

  const unsubscribe = keeper.subscribe((state) => (section.isConnected ? draw(state) : unsubscribe()));
  draw(keeper.state());
  void keeper.refresh(langs);
  // The panel scrolls; what was asked for comes into view.
  requestAnimationFrame(() => section.scrollIntoView({ block: 'nearest' }));
  void gameCopy().then((copy) => {
    const words = {
      ready: 'kioskPlus.offlineGameReady',
      reload: 'kioskPlus.offlineGameReload',
      saving: 'kioskPlus.offlineGameSaving',
      none: 'kioskPlus.offlineGameNone',
    };
    game.replaceChildren(h('p', {}, t(words[copy])));
    // A page loaded before the game was kept keeps using the network until it is loaded again;
    // a kiosk browser may have no reload key, so the panel offers one.
    if (copy === 'reload')
      game.append(
        h(
          'div',
          { className: 'confirm-actions' },
          h(
            'button',
            { type: 'button', className: 'secondary', 'data-focus-id': 'kiosk-reload', onclick: () => location.reload() },
            t('kioskPlus.offlineReload'),
          ),
        ),
      );
  });
  return section;
}
