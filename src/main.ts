/**
 * Boot: the shell (stores, words, first screen) comes first and is usable at
 * once; the game engine is fetched with a dynamic import while the child reads
 * the title, and the game plays on in the DOM even if it never starts.
 */
import './ui/styles.css';
import './ui/phoneLayout.css';
import 'virtual:world-colours.css';
import { LANG_CODES, isLangCode, type LangCode } from './i18n/languages';
import { changeLanguage, initI18n, loadAllWords, loadInterfaceWords } from './i18n/i18n';
import { redrawWhenAwaitedWordsArrive } from './i18n/awaitedWords';
import { parseUrlOptions, searchWithLanguage } from './engine/urlOptions';
import { pointManifestAt } from './platform/manifestLink';
import { finishHandover, fullStylesOn, pickedLanguage, readShell } from './ui/shellHandover';
import { EMPTY_HELP, parseHelpConfig, parseKioskConfig, type HelpConfig, type KioskConfig } from './engine/siteConfig';
import { browserLocalStorage, createSafeStorage } from './state/safeStorage';
import { STORAGE_KEY, STORAGE_VERSION } from './state/savedState';
import { startLanguage } from './state/startLanguage';
import { createGameStore } from './state/gameStore';
import { createSession } from './state/session';
import { createStageStore } from './state/stage';
import { mountApp } from './ui/app';
import { installTogether } from './ui/together/narrator';
import { playTogetherOn } from './state/playTogether';
import type { UiContext } from './ui/context';
import { installTestHook } from './testHook';
import { createSpeaker } from './platform/readAloud';
import { loadJson } from './platform/loadJson';
import { setUpOffline } from './platform/offline';
import { toast } from './ui/widgets/toast';
import { hideNetworkNotice, networkNoticeShown, showNetworkNotice } from './ui/widgets/networkNotice';
import { loadChineseFonts } from './platform/chineseFonts';

/**
 * A site file with thousands of bad entries must not flood the console (or a kiosk's
 * logs): the first few problems, shortened, then a count.
 */
function reportProblems(file: string, problems: string[]): void {
  const shown = 10;
  problems.slice(0, shown).forEach((p) => console.warn(`[${file}] ${p.length > 200 ? `${p.slice(0, 200)}…` : p}`));
  if (problems.length > shown) console.warn(`[${file}] …and ${problems.length - shown} more problems`);
}

async function boot(): Promise<void> {
  const styles = fullStylesOn();
  const options = parseUrlOptions(location.search, LANG_CODES);
  const kioskMode = options.mode === 'kiosk';
  const classMode = options.mode === 'class';
  const storage = createSafeStorage({ currentVersion: STORAGE_VERSION, backend: browserLocalStorage });
  // A kiosk serves many families and a class shares one screen: neither writes to the device.
  const game = createGameStore({ storage: kioskMode || classMode ? null : storage });
  // A classroom starts without music: never loud by surprise on a projector.
  if (classMode) game.getState().setVolume('musicVolume', 0);
  const session = createSession(game, {
    allWorldsOpen: classMode,
    classMode,
    playTogether: () => playTogetherOn(game.getState().settings, options.mode, kiosk?.playTogether),
  });
  const stage = createStageStore();
  // A language picked on the first screen in index.html, before this script arrived, wins.
  const lang =
    pickedLanguage(readShell(), '') ??
    startLanguage({
      search: location.search,
      stored: () => storage.getItem(STORAGE_KEY),
      browserLanguages: navigator.languages,
    });
  const i18n = await initI18n(lang);

  let help: HelpConfig = EMPTY_HELP;
  /** Whether a screen has shown the local help contacts yet: only then does their arrival redraw it. */
  let helpShown = false;
  let kiosk: KioskConfig | null = null;
  // A visitor may touch the attract screen before the kiosk's own code has arrived (a busy box,
  // a slow hall network): the touch is kept and starts the visit once it has, never lost.
  let earlyTouch: string | null = null;
  const ctx: UiContext = {
    i18n,
    game,
    session,
    stage,
    storageProblems: () => (kioskMode ? [] : storage.problems()),
    // The choice is kept only once the language's words have arrived: with the network
    // gone, the child stays in a language that works and a grown-up is told why.
    changeLanguage: async (code) => {
      try {
        await changeLanguage(i18n, code);
      } catch (error) {
        console.warn(`[i18n] "${code}" could not be downloaded; the game stays in "${i18n.language}".`, error);
        // Rebuilt, the settings panel shows the language really in use again.
        if (document.querySelector<HTMLDialogElement>('dialog#settings')?.open) app.openSettings();
        showNetworkNotice(i18n, 'network.languageMissing');
        return;
      }
      game.getState().setLanguage(code);
      // A kiosk's link names the event's first language and must keep it for the next family.
      const search = options.mode === 'kiosk' ? null : searchWithLanguage(location.search, code);
      if (search !== null) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    },
    openSettings: () => app.openSettings(),
    allWorldsOpen: classMode,
    speaker: createSpeaker(),
    noPrinting: kioskMode,
    mode: options.mode,
    help: () => ((helpShown = true), help),
    kiosk: () => kiosk,
    startVisit: (lang) => {
      earlyTouch = lang;
    },
    jingle: () => 0,
  };
  if (kioskMode) session.toAttract();
  if (classMode) session.toMap();
  const root = document.getElementById('app');
  if (!root) throw new Error('index.html has no #app');
  // The game's screens need the whole stylesheet; the first screen from the HTML needed only its critical rules.
  await styles;
  const shell = readShell();
  const app = mountApp(ctx, root);
  installTogether(ctx, root);
  // Voices often arrive after load, and the stories' words just after the first screen.
  // Redrawn only when a language gains or loses a voice (a read-aloud button comes or goes).
  const voiced = () => LANG_CODES.map((lang) => ctx.speaker.available(lang)).join();
  let voicedNow = voiced();
  ctx.speaker.onVoicesChanged(() => {
    if (voiced() === voicedNow) return;
    voicedNow = voiced();
    app.refresh();
  });
  redrawWhenAwaitedWordsArrive(i18n, () => app.refresh());
  // Class mode opens on the map and a kiosk on its attract screen: those screens come in a second
  // chunk (src/ui/screens/index.ts), and the shell counts as ready once they are drawn.
  await app.firstScreen;
  // Kept like any choice in Settings: saved at home, and in the address when the link names one.
  const picked = pickedLanguage(shell, '');
  if (picked) await ctx.changeLanguage(picked);
  finishHandover(shell);
  loadChineseFonts(i18n.language);
  i18n.on('languageChanged', loadChineseFonts);
  pointManifestAt(i18n.language);
  i18n.on('languageChanged', pointManifestAt);
  document.documentElement.dataset.shell = 'ready';
  document.documentElement.dataset.mode = options.mode;
  performance.mark('tiko:shell-ready');
  installTestHook(session);

  // The worlds' words follow the first screen. If the network drops now, the title and
  // settings still work; a grown-up is told, and can try again (or it retries when back online).
  const loadStories = (): Promise<void> =>
    loadAllWords(i18n, i18n.language as LangCode).then(
      () => {
        hideNetworkNotice();
        document.documentElement.dataset.words = 'all';
      },
      (error: unknown) => {
        console.warn('[i18n] Some stories could not be downloaded; the game offers to try again.', error);
        showNetworkNotice(i18n, 'network.partMissing', loadStories);
      },
    );
  void loadStories();
  addEventListener('online', () => {
    if (networkNoticeShown()) void loadStories();
  });

  const offline = setUpOffline({
    // A kiosk applies a new version quietly at the next attract screen, never mid-visit.
    onUpdateReady: (apply) => {
      if (!kioskMode)
        toast(i18n, 'offline.updateReady', [
          { key: 'offline.later', run: () => undefined },
          { key: 'offline.updateNow', run: apply, primary: true },
        ]);
    },
    onOfflineReady: () => {
      if (!kioskMode) toast(i18n, 'offline.ready', [], 6000);
    },
  });

  if (kioskMode) {
    const { setUpKiosk } = await import('./ui/kiosk/kioskMode');
    const controls = setUpKiosk(ctx, { onAttract: () => offline.applyPendingUpdate() });
    const eventReady = loadJson('./kiosk.json').then(async (raw) => {
      const parsed = parseKioskConfig(raw, LANG_CODES);
      reportProblems('kiosk.json', parsed.problems);
      kiosk = parsed.config;
      help = parsed.config.help;
      // The attract screen speaks every language of the event, so their interface words come now.
      try {
        await Promise.all(kiosk.languages.filter(isLangCode).map((l) => loadInterfaceWords(i18n, l)));
      } catch (error) {
        console.warn('[kiosk] Some of the event’s languages could not be downloaded.', error);
      }
      const first = kiosk.languages[0];
      if (!options.lang && first && isLangCode(first) && first !== i18n.language) await ctx.changeLanguage(first);
      app.refresh();
      document.documentElement.dataset.kiosk = 'ready';
      controls.eventReady();
    });
    // A visitor who touches before the event's file has arrived starts as soon as it has (its tour
    // and languages decide what they play), rather than into an empty tour.
    ctx.startVisit = (lang) => void eventReady.catch(() => undefined).then(() => controls.startVisit(lang));
    if (earlyTouch !== null) ctx.startVisit(earlyTouch);
  } else {
    void loadJson('./help.json').then((raw) => {
      const parsed = parseHelpConfig(raw, LANG_CODES);
      reportProblems('help.json', parsed.problems);
      help = parsed.config;
      if (helpShown) app.refresh();
    });
  }

  // Sound waits for the first tap or key: browsers allow it only then.
  const wakeAudio = () => {
    removeEventListener('pointerdown', wakeAudio, true);
    removeEventListener('keydown', wakeAudio, true);
    import('./audio/startAudio')
      .then(({ startAudio }) => {
        const audio = startAudio(session, game, stage, document.body);
        ctx.jingle = () => audio.jingle();
      })
      .catch((error: unknown) => console.warn('[audio] Sound could not start; the game plays on silently.', error));
  };
  addEventListener('pointerdown', wakeAudio, true);
  addEventListener('keydown', wakeAudio, true);
  // A kiosk launched to allow autoplay (docs/KIOSK.md) calls the hall with its jingle before any touch;
  // elsewhere the browser keeps sound waiting for the touch, quietly (audio/audio.ts asks first).
  if (kioskMode) wakeAudio();

  import('./scenes/startGame')
    .then(({ startGame }) => startGame({ session, game, stage, parent: 'game', allWorldsOpen: ctx.allWorldsOpen }))
    .catch((error: unknown) => {
      console.warn('[engine] The game engine could not start; the game plays on without pictures.', error);
      session.setEngine('failed');
    });
}

void boot().catch((error: unknown) => {
  // Only when not even the English interface words could be downloaded (no network, no
  // offline copy yet): nothing can be shown in words, so try again when the network is back.
  console.error('[boot] The game could not start: its words could not be downloaded. It reloads when the network returns.', error);
  addEventListener('online', () => location.reload(), { once: true });
});
