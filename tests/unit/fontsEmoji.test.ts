/**
 * Emoji are drawn on every device, one without an emoji font too (a Linux kiosk): the 'Tiko Emoji'
 * face cut by the build holds every emoji the locale files use, read independently here, and every
 * font stack asks the device's colour emoji font first, then it, before system-ui.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Blob, Buffer as HbBuffer, Face, Font, shape } from 'harfbuzzjs';
import fontverter from 'fontverter';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuiltFace, buildFaces, cmapOf } from '../../scripts/vite/fontBuild';
import { FAMILIES, emojiCodePoints, planFonts } from '../../scripts/vite/fontPlan';
import { EMOJI_STYLESHEET, fontsourceFaces } from '../../scripts/vite/fontSources';
import { LANGS, LOCALES_DIR, flatten } from '../support/locales';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'tiko-fonts');
const show = (cps: Iterable<number>) => [...cps].map((cp) => String.fromCodePoint(cp)).join(' ');

/** Every pictograph in every language's texts. */
function emojiInLocales(): Set<number> {
  const out = new Set<number>();
  for (const lang of LANGS)
    for (const value of flatten(lang).values())
      for (const char of value) if (/\p{Extended_Pictographic}/u.test(char)) out.add(char.codePointAt(0)!);
  return out;
}

let face: BuiltFace;

beforeAll(async () => {
  const requests = planFonts(LOCALES_DIR).faces.filter((f) => f.family === FAMILIES.emoji);
  expect(requests).toHaveLength(1);
  [face] = await buildFaces(requests, CACHE);
}, 120_000);

describe('the emoji face', () => {
  it('holds every emoji the locales use, and its unicode-range promises only glyphs it has', async () => {
    const used = emojiInLocales();
    expect(used.size).toBeGreaterThanOrEqual(18);
    const cmap = await cmapOf(readFileSync(face.file));
    expect(show([...used].filter((cp) => !face.codePoints.includes(cp))), 'emoji outside the face').toBe('');
    expect(show(face.codePoints.filter((cp) => !cmap.has(cp))), 'declared but missing').toBe('');
  });

  it('is small and never claims ASCII, so Nunito keeps drawing digits, # and *', () => {
    expect(face.bytes).toBeLessThan(16 * 1024);
    expect(face.codePoints.filter((cp) => cp < 0x80)).toEqual([]);
  });

  it('takes every part of a sequence (joiner, VS16, keycap, flag), but not the text Nunito draws', () => {
    const cps = emojiCodePoints('Hi 👩‍💻 ❤️ 1️⃣ #️⃣ 🇫🇷 👍🏽 © 2026 ™ → ok');
    for (const part of ['👩', '\u200d', '💻', '❤', '\ufe0f', '\u20e3', '🇫', '🇷', '👍', '🏽'])
      expect(cps, `U+${part.codePointAt(0)!.toString(16)}`).toContain(part.codePointAt(0)!);
    for (const text of ['1', '#', '2', '©', '™', '→', 'H']) expect(cps).not.toContain(text.codePointAt(0)!);
  });

  it('draws a joined sequence as one picture, cut with all its parts', async () => {
    const sequence = '👩‍💻';
    const [source] = fontsourceFaces(EMOJI_STYLESHEET);
    const request = {
      family: 'test',
      name: 'test-emoji-sequence',
      source: source.file,
      weight: '400',
      codePoints: emojiCodePoints(sequence),
    };
    const [built] = await buildFaces([request], CACHE);
    const font = new Font(new Face(new Blob(await fontverter.convert(readFileSync(built.file), 'sfnt'))));
    const buffer = new HbBuffer();
    buffer.addText(sequence);
    buffer.guessSegmentProperties();
    shape(font, buffer);
    const glyphs = buffer.getGlyphInfos().map((g) => g.codepoint);
    expect(glyphs).not.toContain(0);
    expect(glyphs).toHaveLength(1);
  });
});

/** The family lists of every `--font` in the main stylesheet, which the lesson pack and certificate share. */
function fontStacks(): string[][] {
  const css = readFileSync(join(ROOT, 'src/ui/styles.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  return [...css.matchAll(/--font:\s*([^;]+);/g)].map(([, list]) => list.split(',').map((name) => name.trim().replace(/['"]/g, '')));
}

describe('font stacks', () => {
  const EMOJI = ['Apple Color Emoji', 'Segoe UI Emoji', 'Noto Color Emoji', FAMILIES.emoji];

  it.each(fontStacks().map((stack) => [stack[0], stack]))('%s: colour emoji fonts, then Tiko Emoji, before system-ui', (_, stack) => {
    const at = EMOJI.map((name) => stack.indexOf(name));
    expect(
      at.every((i, n) => i > 0 && (n === 0 || i === at[n - 1] + 1)),
      stack.join(', '),
    ).toBe(true);
    // After every text face of the game's own, before any device text font.
    const firstEmoji = at[0];
    expect(stack.slice(0, firstEmoji).every((name) => name === 'Nunito' || name.startsWith('Tiko Sans'))).toBe(true);
    expect(stack.slice(0, firstEmoji)).toContain('Nunito');
  });

  it('covers the three scripts', () => {
    expect(fontStacks().map((stack) => stack[0])).toEqual(['Nunito', 'Tiko Sans Arabic', 'Tiko Sans SC']);
  });
});
