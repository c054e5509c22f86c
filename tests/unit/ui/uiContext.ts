/**
 * A real UiContext for DOM tests: English words read from the locale files, real stores, no
 * storage, a speaker that says nothing. Tests click like a child and look at the stores.
 */
import i18next from 'i18next';
import { vi } from 'vitest';
import { DEFAULT_KIOSK, EMPTY_HELP, type HelpConfig, type KioskConfig } from '../../../src/engine/siteConfig';
import type { Mode } from '../../../src/engine/urlOptions';
import { typeset } from '../../../src/i18n/typography';
import { createGameStore } from '../../../src/state/gameStore';
import { createSession } from '../../../src/state/session';
import { playTogetherOn } from '../../../src/state/playTogether';
import { createStageStore } from '../../../src/state/stage';
import type { UiContext } from '../../../src/ui/context';
import { createScreenScope } from '../../../src/ui/screenScope';

// Read through Vite rather than node:fs: under happy-dom, file URLs are the DOM's, not Node's.
const files = import.meta.glob<Record<string, unknown>>('../../../locales/en/*.json', { eager: true, import: 'default' });
const english = Object.fromEntries(Object.entries(files).map(([path, words]) => [path.replace(/^.*\/(.+)\.json$/, '$1'), words]));

async function englishWords() {
  const i18n = i18next.createInstance();
  i18n.use({
    type: 'postProcessor',
    name: 'typography',
    process: (value: string, _key: unknown, _options: unknown, translator: { language?: string }) =>
      typeset(translator.language ?? '', value),
  });
  await i18n.init({
    lng: 'en',
    fallbackLng: false,
    ns: Object.keys(english),
    defaultNS: 'common',
    resources: { en: english },
    interpolation: { escapeValue: false },
    returnNull: false,
    postProcess: ['typography'],
  });
  return i18n;
}
const words = await englishWords();

export interface TestUiOptions {
  mode?: Mode;
  kiosk?: KioskConfig | null;
  help?: HelpConfig;
}

export async function createTestUi({
  mode = 'home',
  kiosk = mode === 'kiosk' ? DEFAULT_KIOSK : null,
  help = EMPTY_HELP,
}: TestUiOptions = {}): Promise<UiContext> {
  const i18n = await englishWords();
  const classMode = mode === 'class';
  const game = createGameStore({ storage: null });
  const session = createSession(game, {
    allWorldsOpen: classMode,
    classMode,
    playTogether: () => playTogetherOn(game.getState().settings, mode, kiosk?.playTogether),
  });
  return {
    i18n,
    game,
    session,
    stage: createStageStore(),
    storageProblems: () => [],
    changeLanguage: async (lang) => {
      await i18n.changeLanguage(lang);
    },
    openSettings: vi.fn(),
    allWorldsOpen: classMode,
    speaker: { available: () => false, speak: vi.fn(), onVoicesChanged: () => undefined },
    noPrinting: mode === 'kiosk',
    mode,
    help: () => help,
    kiosk: () => kiosk,
    startVisit: vi.fn(),
    jingle: vi.fn(() => 0),
  };
}

/** A scope for a screen drawn on its own, as the app would hand it. */
export const scope = () => createScreenScope();

/** English text of a key, as a screen shows it. */
export const en = (key: string, vars: Record<string, unknown> = {}): string => {
  const value = words.t(key, vars);
  if (value === key || !words.exists(key, vars)) throw new Error(`No English text for ${key}`);
  return value;
};

/** The button whose words are exactly `label`; fails loudly when there is none. */
export function button(root: ParentNode, label: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label.trim());
  if (!found)
    throw new Error(
      `No button "${label}" among: ${[...root.querySelectorAll('button')].map((b) => `"${b.textContent?.trim()}"`).join(', ')}`,
    );
  return found;
}

/** Puts a screen in the document, as the app does, so focus and ids behave. */
export function show(el: HTMLElement): HTMLElement {
  document.body.replaceChildren(el);
  return el;
}
