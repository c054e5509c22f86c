/**
 * A second, tiny entry, listed before the main script in index.html: it starts downloading the
 * interface words of the language the game will speak while the main script is still on its
 * way, so the first screen does not wait one more round trip for them. main.ts later asks for
 * the same file and gets the same download. The guess follows main.ts's rule (URL option, then
 * a kiosk's English, then the saved choice at home, then the browser's languages); a wrong
 * guess costs one small file, nothing else. A Chinese player's font rules start here too.
 */
import { LANG_CODES, detectLanguage, isLangCode } from './i18n/languages';
import { parseUrlOptions } from './engine/urlOptions';
import { STORAGE_KEY } from './state/storageKey';
import { loadChineseFonts } from './platform/chineseFonts';

const interfaceWords = import.meta.glob('../locales/*/common.json', { import: 'default' });

function savedLanguage(): unknown {
  try {
    return (JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { settings?: { language?: unknown } } | null)?.settings?.language;
  } catch {
    return undefined; // blocked or corrupt storage: main.ts deals with it and tells a grown-up
  }
}

const options = parseUrlOptions(location.search, LANG_CODES);
const saved = options.mode === 'home' ? savedLanguage() : undefined;
const lang = options.lang ?? (options.mode === 'kiosk' ? 'en' : isLangCode(saved) ? saved : detectLanguage(navigator.languages));
void interfaceWords[`../locales/${lang}/common.json`]?.().catch(() => undefined);
loadChineseFonts(lang);
