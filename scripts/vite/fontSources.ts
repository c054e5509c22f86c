import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { type CodePointRange, parseUnicodeRange } from './unicodeRange.ts';

const require = createRequire(import.meta.url);

/** One `@font-face` of an npm font package: its woff2 file and the characters it claims. */
export interface SourceFace {
  file: string;
  /** null: the face declares no unicode-range (it claims everything). */
  ranges: CodePointRange[] | null;
}

/** The faces a Fontsource stylesheet declares, e.g. `@fontsource/nunito/latin-400.css`. */
export function fontsourceFaces(stylesheet: string): SourceFace[] {
  const path = require.resolve(stylesheet);
  const css = readFileSync(path, 'utf8');
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
    const url = /url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)/.exec(body)?.[1];
    if (!url) throw new Error(`${stylesheet}: a face without woff2`);
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    return { file: resolve(dirname(path), url), ranges: range ? parseUnicodeRange(range) : null };
  });
}

/** Chinese: Noto Sans SC as a variable font (every weight in one file), in ~100 KB slices. */
export const SC_STYLESHEET = '@fontsource-variable/noto-sans-sc/index.css';
/** Arabic: Noto Sans Arabic, one static file per weight. */
export const ARABIC_STYLESHEETS = {
  400: '@fontsource/noto-sans-arabic/arabic-400.css',
  700: '@fontsource/noto-sans-arabic/arabic-700.css',
};
/**
 * Emoji: Noto Emoji (monochrome outlines, OFL-1.1) for devices without an emoji font (a Linux
 * kiosk's Chromium draws empty boxes). The whole font in one file (it declares no unicode-range),
 * so a sequence's ligature (ZWJ, keycap) is cut with all its parts; dev uses the package's slices.
 */
export const EMOJI_STYLESHEET = '@fontsource/noto-emoji/emoji-400.css';
export const EMOJI_DEV_STYLESHEET = '@fontsource/noto-emoji/400.css';
/**
 * Nunito draws Latin and Cyrillic in every language. Fontsource's per-subset stylesheets
 * (`latin-400.css`) declare no unicode-range, so a browser fetched the Cyrillic files on every
 * page; the per-weight stylesheets do declare them, and we keep only the two subsets we use.
 */
export const NUNITO_STYLESHEETS = { 400: '@fontsource/nunito/400.css', 800: '@fontsource/nunito/800.css' };
const NUNITO_SUBSETS = /nunito-(latin|cyrillic)-\d+-normal\.woff2$/;

export function nunitoFaces(weight: 400 | 800): SourceFace[] {
  return fontsourceFaces(NUNITO_STYLESHEETS[weight]).filter((face) => NUNITO_SUBSETS.test(face.file));
}

/** What Nunito claims: it comes first in the Chinese stack, so these never reach the CJK face. */
export function nunitoRanges(): CodePointRange[] {
  return nunitoFaces(400).flatMap((face) => face.ranges ?? []);
}
