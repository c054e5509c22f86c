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

export function parseUrlOptions<L extends string>(search: string, supportedLangs: readonly L[]): UrlOptions<L> {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { lang: null, mode: 'home' };
  }
  const lang = (params.get('lang') ?? '').trim().toLowerCase();
  const mode = (params.get('mode') ?? '').trim().toLowerCase();
  return {
    lang: (supportedLangs as readonly string[]).includes(lang) ? (lang as L) : null,
    mode: (MODES as readonly string[]).includes(mode) ? (mode as Mode) : 'home',
  };
}
