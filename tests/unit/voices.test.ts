/**
 * Read-aloud works offline in every language: every whole line a child hears has its recorded
 * voice file (`npm run voices` makes the missing ones), and the page names the files the way the
 * script does.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { voiceKey } from '../../src/platform/voiceKey';
import { RECORDED_LANGS } from '../../src/platform/readAloud';
// @ts-expect-error: a plain ES module script, without types
import * as script from '../../scripts/voices.mjs';

const ROOT = join(__dirname, '..', '..');
const voices = script as {
  voiceKey(text: string): string;
  voicedLines(root: string, lang: string): Map<string, string>;
};

describe('recorded voices', () => {
  it('are keyed the same by the page and by the script, whatever the spaces', () => {
    for (const text of ['Hello!', 'Bonjour\u202f!', 'مرحبًا!', '你好！', '  Two   spaces '])
      expect(voiceKey(text)).toBe(voices.voiceKey(text));
    expect(voiceKey('Bonjour\u202f!')).toBe(voiceKey('Bonjour !'));
  });

  it.each([...RECORDED_LANGS])('%s: every voiced line has its file, and no file is left over', (lang) => {
    const lines = voices.voicedLines(ROOT, lang);
    expect(lines.size).toBeGreaterThan(100);
    const missing = [...lines.entries()].filter(([key]) => !existsSync(join(ROOT, 'public', 'voices', lang, `${key}.ogg`)));
    expect(
      missing.map(([, text]) => text),
      'run `npm run voices`',
    ).toEqual([]);
    const files = readdirSync(join(ROOT, 'public', 'voices', lang));
    expect(files.filter((f) => !lines.has(f.replace(/\.ogg$/, '')))).toEqual([]);
  });

  it('stay small: a few kilobytes a line', () => {
    let bytes = 0;
    let count = 0;
    for (const lang of RECORDED_LANGS)
      for (const f of readdirSync(join(ROOT, 'public', 'voices', lang))) {
        bytes += statSync(join(ROOT, 'public', 'voices', lang, f)).size;
        count++;
      }
    expect(bytes / count).toBeLessThan(12_000);
  });
});
