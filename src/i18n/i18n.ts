/**
 * i18next set-up. Locale files are bundled per language with import.meta.glob,
 * so a child downloads only the language in use, from the game's own origin.
 */
import i18next, { type i18n } from 'i18next';
import { FALLBACK_LANG, directionOf, type LangCode } from './languages';

type Bundle = Record<string, unknown>;
const loaders = import.meta.glob<Bundle>('../../locales/*/*.json', { import: 'default' });

export const NAMESPACES = ['common', 'contact'] as const;

async function loadLanguage(instance: i18n, lang: LangCode): Promise<void> {
  await Promise.all(
    NAMESPACES.map(async (ns) => {
      if (instance.hasResourceBundle(lang, ns)) return;
      const load = loaders[`../../locales/${lang}/${ns}.json`];
      if (!load) throw new Error(`Missing locale file ${lang}/${ns}.json`);
      instance.addResourceBundle(lang, ns, await load(), true, true);
    }),
  );
}

/** Keeps <html lang> and <html dir> in step with the language. */
function applyToDocument(lang: LangCode): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
}

export async function initI18n(lang: LangCode): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: lang,
    fallbackLng: FALLBACK_LANG,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    resources: {},
    interpolation: { escapeValue: false }, // text goes in via textContent, never innerHTML
    returnNull: false,
  });
  await loadLanguage(instance, lang);
  // English stays as the fallback, loaded only if a key were ever missing elsewhere.
  applyToDocument(lang);
  instance.on('languageChanged', (lng) => applyToDocument(lng as LangCode));
  return instance;
}

export async function changeLanguage(instance: i18n, lang: LangCode): Promise<void> {
  await loadLanguage(instance, lang);
  await instance.changeLanguage(lang);
}
