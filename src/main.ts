/**
 * Boot: the shell (stores, words, first screen) comes first and is usable at
 * once; the game engine is fetched with a dynamic import while the child reads
 * the title, and the game plays on in the DOM even if it never starts.
 */
import './ui/styles.css';
import { LANG_CODES, detectLanguage, type LangCode } from './i18n/languages';
import { changeLanguage, initI18n } from './i18n/i18n';
import { parseUrlOptions } from './engine/urlOptions';
import { browserLocalStorage, createSafeStorage } from './state/safeStorage';
import { STORAGE_VERSION } from './state/savedState';
import { createGameStore } from './state/gameStore';
import { createSession } from './state/session';
import { mountApp } from './ui/app';
import type { UiContext } from './ui/context';
import { installTestHook } from './testHook';
import { createSpeaker } from './ui/readAloud';

async function boot(): Promise<void> {
  const options = parseUrlOptions(location.search, LANG_CODES);
  const storage = createSafeStorage({ currentVersion: STORAGE_VERSION, backend: browserLocalStorage });
  const game = createGameStore({ storage });
  const session = createSession(game);
  const lang: LangCode = options.lang ?? game.getState().settings.language ?? detectLanguage(navigator.languages);
  const i18n = await initI18n(lang);

  const ctx: UiContext = {
    i18n,
    game,
    session,
    storageProblems: () => storage.problems(),
    changeLanguage: async (code) => {
      game.getState().setLanguage(code);
      await changeLanguage(i18n, code);
    },
    openSettings: () => app.openSettings(),
    allWorldsOpen: false,
    speaker: createSpeaker(),
    noPrinting: false,
  };
  const root = document.getElementById('app');
  if (!root) throw new Error('index.html has no #app');
  const app = mountApp(ctx, root);
  // Voices often arrive after load, and the stories' words just after the first screen.
  ctx.speaker.onVoicesChanged(() => app.refresh());
  i18n.store.on('added', () => app.refresh());
  document.documentElement.dataset.shell = 'ready';
  performance.mark('tiko:shell-ready');
  installTestHook(session);

  // Sound waits for the first tap or key: browsers allow it only then.
  const wakeAudio = () => {
    removeEventListener('pointerdown', wakeAudio, true);
    removeEventListener('keydown', wakeAudio, true);
    import('./audio/startAudio')
      .then(({ startAudio }) => startAudio(session, game, document.body))
      .catch((error: unknown) => console.warn('[audio] Sound could not start; the game plays on silently.', error));
  };
  addEventListener('pointerdown', wakeAudio, true);
  addEventListener('keydown', wakeAudio, true);

  import('./scenes/startGame')
    .then(({ startGame }) => startGame({ session, game, parent: 'game', allWorldsOpen: ctx.allWorldsOpen }))
    .catch((error: unknown) => {
      console.warn('[engine] The game engine could not start; the game plays on without pictures.', error);
      session.setEngine('failed');
    });
}

void boot();
