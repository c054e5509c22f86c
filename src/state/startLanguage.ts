/**
 * Which language the game speaks when it starts: the link's `lang`, then English at a kiosk
 * (the attract screen then turns to the event's languages), then the child's own choice saved
 * at home, then the browser's languages. main.ts starts in it and the early script
 * (src/earlyWords.ts) fetches its interface words before main.ts arrives, so both read it here.
 * Pure and small: the early script must stay a few hundred bytes.
 */
import { parseUrlOptions } from '../engine/urlOptions';
import { FALLBACK_LANG, LANG_CODES, detectLanguage, isLangCode, type LangCode } from '../i18n/languages';
import { STORAGE_VERSION } from './storageKey';

export interface StartLanguageSources {
  /** `location.search`. */
  search: string;
  /** The raw stored record (`{ version, state: { settings, progress } }`), asked for only at home. */
  stored: () => string | null;
  /** `navigator.languages`. */
  browserLanguages: readonly string[] | undefined;
}

/**
 * The language a stored record holds, read as the store would read it: a record it would set
 * aside (unreadable, or from a newer version) holds none.
 */
export function storedLanguage(record: string | null): LangCode | null {
  if (!record) return null;
  try {
    const parsed = JSON.parse(record) as { version?: unknown; state?: { settings?: { language?: unknown } } } | null;
    if (typeof parsed?.version !== 'number' || parsed.version > STORAGE_VERSION) return null;
    const language = parsed.state?.settings?.language;
    return isLangCode(language) ? language : null;
  } catch {
    return null;
  }
}

export function startLanguage({ search, stored, browserLanguages }: StartLanguageSources): LangCode {
  const options = parseUrlOptions(search, LANG_CODES);
  if (options.lang) return options.lang;
  if (options.mode === 'kiosk') return FALLBACK_LANG;
  // A class shares one screen and keeps nothing: the record on the device is not the class's.
  const saved = options.mode === 'home' ? storedLanguage(stored()) : null;
  return saved ?? detectLanguage(browserLanguages);
}
