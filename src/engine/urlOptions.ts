/**
 * URL options a teacher or an organiser can put in a link. Anything unknown or
 * malformed is ignored: a bad link must still open the game with defaults.
 */
export const MODES = ['home', 'class', 'kiosk'] as const;
export type Mode = (typeof MODES)[number];

export interface UrlOptions<L extends string = string> {
  lang: L | null;
  mode: Mode;
}

/**
 * Case-insensitive for ASCII only: Unicode lower-casing maps look-alikes onto
 * option letters (U+212A KELVIN SIGN becomes "k"), and a link must spell an option.
 */
const normalise = (value: string | null) => (value ?? '').trim().replace(/[A-Z]/g, (c) => c.toLowerCase());

/**
 * A language tag as people write it in a link: `ar-EG`, `zh-CN`, `zh_Hans`, `fr-CA` all name a
 * language the game speaks by its primary subtag. Letters, digits, `-` and `_` only.
 */
function primaryTag(value: string): string {
  return /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/.test(value) ? value.split(/[-_]/)[0]! : value;
}

export function parseUrlOptions<L extends string>(search: string, supportedLangs: readonly L[]): UrlOptions<L> {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { lang: null, mode: 'home' };
  }
  const lang = primaryTag(normalise(params.get('lang')));
  const mode = normalise(params.get('mode'));
  return {
    lang: (supportedLangs as readonly string[]).includes(lang) ? (lang as L) : null,
    mode: (MODES as readonly string[]).includes(mode) ? (mode as Mode) : 'home',
  };
}

/**
 * The address after a child or a teacher picks another language: a `lang` already in the link
 * follows the choice, so a reload keeps it instead of going back to the link's language.
 * Null when the address needs no change (no `lang` in it, or the same language).
 */
export function searchWithLanguage(search: string, lang: string): string | null {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return null;
  }
  if (!params.has('lang') || params.getAll('lang').join() === lang) return null;
  params.set('lang', lang);
  return `?${params.toString()}`;
}
