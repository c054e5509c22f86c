import { LANG_CODES, type LangCode } from '../../src/i18n/languages.ts';
import { nativeName, textFor, textGroups } from './fontText.ts';
import { ARABIC_STYLESHEETS, EMOJI_STYLESHEET, SC_STYLESHEET, type SourceFace, fontsourceFaces, nunitoRanges } from './fontSources.ts';
import { type CodePointRange, codePointsOf, inRanges } from './unicodeRange.ts';

/** Family names the stylesheet uses (src/ui/styles.css). */
export const FAMILIES = {
  sc: 'Tiko Sans SC',
  arabic: 'Tiko Sans Arabic',
  /** Only the letters of «العربية», for the pickers on other languages' pages. */
  arabicName: 'Tiko Sans Arabic Name',
  /** Every emoji the texts use, for devices with no emoji font of their own (after theirs in the stacks). */
  emoji: 'Tiko Emoji',
} as const;

/**
 * Which faces draw each language's own letters: Nunito (bundled through @fontsource, Latin and
 * Cyrillic), or faces cut here from the language's texts. A language added to the list does not
 * compile until it has a plan; fonts.test.ts checks that a Nunito language needs nothing else.
 */
export const SCRIPT_FACES: Record<LangCode, 'nunito' | 'sc' | 'arabic'> = {
  ar: 'arabic',
  zh: 'sc',
  en: 'nunito',
  fr: 'nunito',
  ru: 'nunito',
  es: 'nunito',
};

/** One font file to make: `codePoints` cut out of `source`. */
export interface FaceRequest {
  family: string;
  /** File name without extension; also what the build's asset is called. */
  name: string;
  source: string;
  /** The CSS font-weight descriptor. */
  weight: string;
  codePoints: number[];
  /** Variable fonts: the weight range to keep (we draw 400, 700 and 800). */
  wght?: { min: number; max: number };
}

export interface FontPlan {
  faces: FaceRequest[];
  /** Characters the texts use that no source face has. */
  missing: { lang: LangCode; codePoints: number[] }[];
}

const SC_WEIGHTS = { min: 400, max: 800 };

/**
 * Characters no text face takes: emoji and their variation selectors, which a text font would draw
 * as monochrome signs (they go to the emoji face, planEmoji), and controls.
 */
function leftToSystem(codePoint: number): boolean {
  const char = String.fromCodePoint(codePoint);
  return /\p{Extended_Pictographic}|\p{Cc}/u.test(char) || (codePoint >= 0xfe00 && codePoint <= 0xfe0f);
}

function usedCodePoints(text: string, exclude: readonly CodePointRange[]): Set<number> {
  return new Set([...codePointsOf(text)].filter((cp) => !leftToSystem(cp) && !inRanges(cp, exclude)));
}

/** Groups code points by the first source face that claims them: one output file per touched slice. */
function splitBySource(codePoints: Iterable<number>, sources: SourceFace[]) {
  const groups = new Map<SourceFace, number[]>();
  const missing: number[] = [];
  for (const cp of codePoints) {
    const source = sources.find((face) => face.ranges === null || inRanges(cp, face.ranges));
    if (!source) missing.push(cp);
    else groups.set(source, [...(groups.get(source) ?? []), cp]);
  }
  return { groups, missing };
}

/** `…/noto-sans-sc-118-wght-normal.woff2` → `118` (slices are numbered, one is `latin`). */
const sliceName = (file: string) => /noto-sans-sc-(.+?)-wght-normal\.woff2$/.exec(file)?.[1] ?? 'x';

/**
 * Chinese: every character the Chinese texts use, cut out of the slices that hold it. Each
 * character goes to the first group that uses it (fontText.textGroups: the interface, the first
 * world, the later worlds, the guides), with one file per group and slice, so the title screen
 * fetches only the interface's glyphs and the first world only its own on top.
 * The language's own name «中文», shown by the picker on every page, comes first, in faces of
 * its own, so a page in another language downloads only those two glyphs.
 */
export function planChinese(localesDir: string, lang: LangCode = 'zh'): FontPlan {
  const sources = fontsourceFaces(SC_STYLESHEET);
  const latin = nunitoRanges();
  const groups = [{ name: 'name', text: nativeName(lang) }, ...textGroups(localesDir, lang)];
  const assigned = new Set<number>();
  const faces: FaceRequest[] = [];
  const missing: number[] = [];
  for (const group of groups) {
    const codePoints = [...usedCodePoints(group.text, latin)].filter((cp) => !assigned.has(cp));
    codePoints.forEach((cp) => assigned.add(cp));
    const split = splitBySource(codePoints, sources);
    missing.push(...split.missing);
    for (const [source, cps] of split.groups) {
      faces.push({
        family: FAMILIES.sc,
        name: `tiko-sc-${group.name}-${sliceName(source.file)}`,
        source: source.file,
        weight: '400 800',
        codePoints: cps,
        wght: SC_WEIGHTS,
      });
    }
  }
  return { faces, missing: [{ lang, codePoints: missing }] };
}

/**
 * Arabic: one whole file per weight. Arabic letters join, and a word drawn from two files
 * loses its joins, so Arabic is never split across faces.
 */
export function planArabic(localesDir: string, lang: LangCode = 'ar'): FontPlan {
  const latin = nunitoRanges();
  const used = [...usedCodePoints(textFor(localesDir, lang), latin)];
  const name = [...usedCodePoints(nativeName(lang), latin)];
  const source = (weight: 400 | 700) => fontsourceFaces(ARABIC_STYLESHEETS[weight])[0].file;
  return {
    faces: [
      { family: FAMILIES.arabic, name: 'tiko-arabic-400', source: source(400), weight: '400', codePoints: used },
      { family: FAMILIES.arabic, name: 'tiko-arabic-700', source: source(700), weight: '700', codePoints: used },
      { family: FAMILIES.arabicName, name: 'tiko-arabic-name-400', source: source(400), weight: '400', codePoints: name },
    ],
    missing: [],
  };
}

const PLANNERS = { sc: planChinese, arabic: planArabic } as const;

/** The faces of every language whose letters Nunito does not draw (SCRIPT_FACES), and the emoji face. */
export function planFonts(localesDir: string): FontPlan {
  const plans = LANG_CODES.flatMap((lang) => {
    const script = SCRIPT_FACES[lang];
    return script === 'nunito' ? [] : [PLANNERS[script](localesDir, lang)];
  });
  plans.push(planEmoji(localesDir));
  return { faces: plans.flatMap((p) => p.faces), missing: plans.flatMap((p) => p.missing).filter((m) => m.codePoints.length) };
}

/** A whole emoji sequence (ZWJ, keycap, flag, skin tone, VS16); `v` is beyond the compile target's syntax. */
const EMOJI_SEQUENCE = new RegExp('\\p{RGI_Emoji}', 'gv');
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const ZWJ = 0x200d;

/**
 * The code points the emoji face must claim for `text`: every pictograph, and every part of an
 * emoji sequence (U+200D, U+FE0F, U+20E3, skin tones, regional indicators, tags) so a sequence is
 * drawn as one picture from one face. Never ASCII (digits, '#', '*' in keycaps) nor what Nunito
 * draws as text (©, ™, ‼): those stay letters. The joiner is the exception, as a sequence breaks
 * where one of its parts is outside the face's unicode-range.
 */
export function emojiCodePoints(text: string): number[] {
  const latin = nunitoRanges();
  const found = new Set<number>();
  for (const sequence of text.match(EMOJI_SEQUENCE) ?? []) codePointsOf(sequence).forEach((cp) => found.add(cp));
  for (const cp of codePointsOf(text)) if (PICTOGRAPH.test(String.fromCodePoint(cp))) found.add(cp);
  return [...found].filter((cp) => cp >= 0x80 && (cp === ZWJ || !inRanges(cp, latin))).sort((a, b) => a - b);
}

/**
 * Emoji: one small face of every emoji any language's texts use (they are shared: 😂 is 😂 in
 * every language), cut out of Noto Emoji. Its unicode-range holds only those, so a page downloads
 * it only when an emoji is on screen.
 */
export function planEmoji(localesDir: string): FontPlan {
  const text = LANG_CODES.map((lang) => textFor(localesDir, lang)).join('\n');
  const [source] = fontsourceFaces(EMOJI_STYLESHEET);
  return {
    faces: [{ family: FAMILIES.emoji, name: 'tiko-emoji-400', source: source.file, weight: '400', codePoints: emojiCodePoints(text) }],
    missing: [],
  };
}
