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

export function parseUrlOptions<L extends string>(search: string, supportedLangs: readonly L[]): UrlOptions<L> {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { lang: null, mode: 'home' };
  }
  const lang = normalise(params.get('lang'));
  const mode = normalise(params.get('mode'));
  return {
    lang: (supportedLangs as readonly string[]).includes(lang) ? (lang as L) : null,
    mode: (MODES as readonly string[]).includes(mode) ? (mode as Mode) : 'home',
  };
}
