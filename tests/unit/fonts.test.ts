/**
 * The self-hosted Chinese and Arabic fonts hold every character the Chinese and Arabic texts use.
 * Runs the build's own subsetting (scripts/vite) and reads each made file's cmap back with HarfBuzz,
 * against the locale files read independently here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Blob, Buffer as HbBuffer, Face, Font, shape } from 'harfbuzzjs';
import fontverter from 'fontverter';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuiltFace, buildFaces, cmapOf } from '../../scripts/vite/fontBuild';
import { FAMILIES, SCRIPT_FACES, planFonts } from '../../scripts/vite/fontPlan';
import { nunitoRanges } from '../../scripts/vite/fontSources';
import { formatUnicodeRange, inRanges, parseUnicodeRange } from '../../scripts/vite/unicodeRange';
import { LANGUAGES, LANG_CODES } from '../../src/i18n/languages';
import { LOCALES_DIR, flatten } from '../support/locales';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const nativeName = (code: string) => LANGUAGES.find((l) => l.code === code)!.nativeName;

/** Characters a page in `lang` shows that Nunito (first in the stacks) does not claim; emoji stay the system's. */
function charactersNeeded(texts: Iterable<string>): Set<number> {
  const latin = nunitoRanges();
  const out = new Set<number>();
  for (const text of texts) {
    for (const char of text) {
      const cp = char.codePointAt(0)!;
      if (/\p{Extended_Pictographic}|\p{Cc}/u.test(char) || (cp >= 0xfe00 && cp <= 0xfe0f) || inRanges(cp, latin)) continue;
      out.add(cp);
    }
  }
  return out;
}

/** The certificate's date, as the browser writes it, in every digit system a browser may pick. */
function certificateDates(lang: string): string[] {
  const systems = lang === 'ar' ? ['latn', 'arab'] : ['latn'];
  return systems.flatMap((numberingSystem) =>
    Array.from({ length: 12 }, (_, month) =>
      new Intl.DateTimeFormat(lang, { dateStyle: 'long', numberingSystem }).format(new Date(2027, month, 30)),
    ),
  );
}

const show = (cps: Iterable<number>) => [...cps].map((cp) => String.fromCodePoint(cp)).join(' ');

let faces: BuiltFace[];
let cmaps: Map<BuiltFace, Set<number>>;

beforeAll(async () => {
  // The same cache the build uses: a warm run takes a second, a cold one (CI) about ten.
  faces = await buildFaces(planFonts(LOCALES_DIR).faces, join(ROOT, 'node_modules', '.cache', 'tiko-fonts'));
  cmaps = new Map();
  for (const face of faces) cmaps.set(face, await cmapOf(readFileSync(face.file)));
}, 120_000);

const coverage = (family: string) => new Set(faces.filter((f) => f.family === family).flatMap((f) => f.codePoints));

describe('unicode-range', () => {
  it('writes runs as ranges and reads them back', () => {
    const cps = [0x4e00, 0x4e01, 0x4e02, 0x4e2d, 0x6587, 0x6588];
    expect(formatUnicodeRange(cps)).toBe('U+4e00-4e02,U+4e2d,U+6587-6588');
    const ranges = parseUnicodeRange(formatUnicodeRange(cps));
    expect(cps.every((cp) => inRanges(cp, ranges))).toBe(true);
    expect(inRanges(0x4e03, ranges)).toBe(false);
  });
});

describe('self-hosted fonts', () => {
  it('each file holds exactly the characters its unicode-range declares', () => {
    for (const face of faces) {
      const cmap = cmaps.get(face)!;
      const declared = face.codePoints;
      expect(
        declared.filter((cp) => !cmap.has(cp)),
        `${face.name} declares glyphs it lacks`,
      ).toEqual([]);
      expect(declared.length, `${face.name} is empty`).toBeGreaterThan(0);
    }
  });

  it.each(LANG_CODES.filter((lang) => SCRIPT_FACES[lang] === 'nunito'))(
    '%s: Nunito draws every character, so it needs no faces of its own',
    (lang) => {
      expect(show(charactersNeeded([...flatten(lang).values(), ...certificateDates(lang), nativeName(lang)]))).toBe('');
    },
  );

  it('Chinese: every character of the Chinese texts and the certificate date', () => {
    const needed = charactersNeeded([...flatten('zh').values(), ...certificateDates('zh'), nativeName('zh')]);
    expect(needed.size).toBeGreaterThan(500);
    const covered = coverage(FAMILIES.sc);
    expect(show([...needed].filter((cp) => !covered.has(cp)))).toBe('');
  });

  it('Arabic: every character of the Arabic texts and the certificate date, in one file per weight', () => {
    const needed = charactersNeeded([...flatten('ar').values(), ...certificateDates('ar'), nativeName('ar')]);
    const arabic = faces.filter((f) => f.family === FAMILIES.arabic);
    // Joined letters must come from one file: never split across faces of one weight.
    expect(arabic.map((f) => f.weight).sort()).toEqual(['400', '700']);
    for (const face of arabic) expect(show([...needed].filter((cp) => !face.codePoints.includes(cp))), face.name).toBe('');
  });

  it("the pickers' «中文» has faces of its own, so other pages fetch only those glyphs", () => {
    const name = [...nativeName('zh')].map((c) => c.codePointAt(0)!);
    const sc = faces.filter((f) => f.family === FAMILIES.sc);
    const nameFaces = sc.filter((f) => f.name.startsWith('tiko-sc-name-'));
    expect(nameFaces.flatMap((f) => f.codePoints).sort()).toEqual(name.sort());
    for (const face of sc.filter((f) => !nameFaces.includes(f))) {
      expect(
        face.codePoints.filter((cp) => name.includes(cp)),
        face.name,
      ).toEqual([]);
    }
    expect(nameFaces.reduce((sum, f) => sum + f.bytes, 0)).toBeLessThan(4 * 1024);
  });

  it("the pickers' «العربية» is one small file that still joins its letters", async () => {
    const [face] = faces.filter((f) => f.family === FAMILIES.arabicName);
    const word = nativeName('ar');
    expect(face.codePoints.sort()).toEqual([...new Set([...word].map((c) => c.codePointAt(0)!))].sort());
    const font = new Font(new Face(new Blob(await fontverter.convert(readFileSync(face.file), 'sfnt'))));
    const glyphs = (text: string) => {
      const buffer = new HbBuffer();
      buffer.addText(text);
      buffer.guessSegmentProperties();
      shape(font, buffer);
      return buffer.getGlyphInfos().map((g) => g.codepoint);
    };
    const joined = glyphs(word);
    expect(joined).not.toContain(0); // no missing glyph
    // «ع» inside the word takes its medial form, not the letter drawn alone.
    const alone = glyphs('ع')[0];
    expect(joined).not.toContain(alone);
  });
});
