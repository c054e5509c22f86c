/**
 * i18next set-up. Locale files are bundled per language with import.meta.glob,
 * so a child downloads only the language in use, from the game's own origin.
 */
import i18next, { type i18n } from 'i18next';
import { FALLBACK_LANG, directionOf, type LangCode } from './languages';
import { typeset } from './typography';

type Bundle = Record<string, unknown>;
const loaders = import.meta.glob<Bundle>('../../locales/*/*.json', { import: 'default' });

/** Namespaces are the locale files themselves: common.json, then one per world. */
function filesOf(lang: LangCode): { ns: string; load: () => Promise<Bundle> }[] {
  const prefix = `../../locales/${lang}/`;
  return Object.entries(loaders)
    .filter(([path]) => path.startsWith(prefix))
    .map(([path, load]) => ({ ns: path.slice(prefix.length, -'.json'.length), load }));
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
      .map(async ({ ns, load }) => {
        if (!instance.hasResourceBundle(lang, ns)) instance.addResourceBundle(lang, ns, await load(), true, true);
      }),
  );
  const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed.length) throw new AggregateError(failed.map((r) => r.reason), `${failed.length} word file(s) of "${lang}" could not be loaded`);
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
    process: (value: string, _key: unknown, _options: unknown, translator: { language?: string }) =>
      typeset(translator.language ?? '', value),
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
  });
  // The first screen needs only the interface words; the worlds' stories follow at once
  // (loadAllWords, from main.ts, which can tell a grown-up when they fail), and views
  // redraw when they arrive (the store's 'added' event).
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
