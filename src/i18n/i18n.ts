/**
 * i18next set-up. Each language's words are JSON files fetched on demand (wordFiles.ts),
 * so a child downloads only the language in use, from the game's own origin.
 */
import i18next, { type i18n } from 'i18next';
import { FALLBACK_LANG, directionOf, type LangCode } from './languages';
import { typeset } from './typography';
import { fetchWordFile, interfaceWordsUrl, type WordBundle } from './wordFiles';

// The worlds' stories, mini-games and guides; the interface words (common.json) are in wordFiles.ts.
const worldFiles = import.meta.glob<string>(['../../locales/*/*.json', '!../../locales/*/common.json'], {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});

/** Namespaces are the locale files themselves: common.json, then one per world's stories, mini-game and guide. */
function filesOf(lang: LangCode): { ns: string; url: string | undefined }[] {
  const prefix = `../../locales/${lang}/`;
  return [
    { ns: 'common', url: interfaceWordsUrl(lang) },
    ...Object.entries(worldFiles)
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, url]) => ({ ns: path.slice(prefix.length, -'.json'.length), url })),
  ];
}

function load(lang: LangCode, ns: string, url: string | undefined): Promise<WordBundle> {
  return url ? fetchWordFile(url) : Promise.reject(new Error(`no word file ${lang}/${ns}`));
}

/**
 * Loads what is missing of a language. One file that fails (the network dropped)
 * does not stop the others, and the call rejects so the caller can say so and
 * try again later: files already in place are not fetched twice.
 */
async function loadLanguage(instance: i18n, lang: LangCode, only?: string): Promise<void> {
  const results = await Promise.allSettled(
    filesOf(lang)
      .filter(({ ns }) => !only || ns === only)
      .map(async ({ ns, url }) => {
        if (!instance.hasResourceBundle(lang, ns)) instance.addResourceBundle(lang, ns, await load(lang, ns, url), true, true);
      }),
  );
  const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed.length)
    throw new AggregateError(
      failed.map((r) => r.reason),
      `${failed.length} word file(s) of "${lang}" could not be loaded`,
    );
}

/** Keeps <html lang> and <html dir> in step with the language. */
function applyToDocument(lang: LangCode): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
}

export async function initI18n(lang: LangCode): Promise<i18n> {
  const instance = i18next.createInstance();
  instance.use({
    type: 'postProcessor',
    name: 'typography',
    // A line asked for in another language (getFixedT, e.g. the kiosk's card sheet) is set by that language's rules.
    process: (value: string, _key: unknown, options: { lng?: unknown } | undefined, translator: { language?: string }) =>
      typeset(typeof options?.lng === 'string' ? options.lng : (translator.language ?? ''), value),
  });
  await instance.init({
    postProcess: ['typography'],
    lng: lang,
    // Every key exists in every language (a unit test checks), so no fallback bundle is fetched.
    fallbackLng: false,
    ns: filesOf(lang).map((f) => f.ns),
    defaultNS: 'common',
    resources: {},
    interpolation: { escapeValue: false }, // text goes in via textContent, never innerHTML
    returnNull: false,
    // Only so that t() emits 'missingKey' for a word whose file has not arrived, and the screen
    // that asked is redrawn when it does (awaitedWords.ts). The handler must stay: without one,
    // i18next writes the missing key into the store, and the file would then count as loaded.
    saveMissing: true,
    missingKeyHandler: () => undefined,
  });
  // The first screen needs only the interface words; the worlds' stories follow at once
  // (loadAllWords, from main.ts, which can tell a grown-up when they fail), and views
  // redraw when a word they asked for arrives (awaitedWords.ts).
  let speaking = lang;
  try {
    await loadLanguage(instance, lang, 'common');
  } catch (error) {
    if (lang === FALLBACK_LANG) throw error;
    // The network dropped before the chosen language's interface words arrived: start in
    // English rather than not at all; the language can be picked again in Settings.
    console.warn(`[i18n] "${lang}" could not be downloaded; starting in English.`, error);
    await loadLanguage(instance, FALLBACK_LANG, 'common');
    await instance.changeLanguage(FALLBACK_LANG);
    speaking = FALLBACK_LANG;
  }
  applyToDocument(speaking);
  instance.on('languageChanged', (lng) => applyToDocument(lng as LangCode));
  return instance;
}

export async function changeLanguage(instance: i18n, lang: LangCode): Promise<void> {
  await loadLanguage(instance, lang);
  await instance.changeLanguage(lang);
}

/** Every word file of a language not loaded yet: the worlds' stories, mini-games and guides. */
export function loadAllWords(instance: i18n, lang: LangCode): Promise<void> {
  return loadLanguage(instance, lang);
}

/** The interface words (common.json) of another language, e.g. for a kiosk's attract screen. */
export function loadInterfaceWords(instance: i18n, lang: LangCode): Promise<void> {
  return loadLanguage(instance, lang, 'common');
}
