/**
 * `npm run voices`: gives every line a child hears its own small recorded voice file, in each of
 * the six languages, so read-aloud works offline on a device without speech voices (a Linux kiosk).
 * Speech is synthesised with espeak-ng and compressed to Opus in Ogg (mono, 16 kHz, ~10 kbit/s)
 * by ffmpeg; both are needed only to run this script (`apt-get install espeak-ng ffmpeg`), never to
 * build the game: the files are committed in public/voices/<lang>/<key>.ogg. Only missing lines are
 * made (a changed line has a new key), and files no line uses any more are removed.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** espeak-ng's voice for each language (Latin-American Spanish, Mandarin). */
export const ESPEAK_VOICES = { en: 'en-gb', fr: 'fr-fr', es: 'es-419', ar: 'ar', zh: 'cmn', ru: 'ru' };
/** The words a child hears: the interface, the stories and the mini-games (not the grown-ups' guides). */
export const VOICED_FILE = /^(common|contact|content|conduct|contract|[a-z]+-game)\.json$/;

export function voiceText(text) {
  return text
    .normalize('NFC')
    .replace(/[\s\u00a0\u202f]+/gu, ' ')
    .trim();
}
export function voiceKey(text) {
  const s = voiceText(text);
  let hash = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    hash ^= s.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Every voiced line of a language, by key: whole texts only (an interpolated one has no fixed words). */
export function voicedLines(root, lang) {
  const lines = new Map();
  const dir = join(root, 'locales', lang);
  for (const file of readdirSync(dir)
    .filter((f) => VOICED_FILE.test(f))
    .sort()) {
    const walk = (value) => {
      if (typeof value === 'string') {
        if (!value.includes('{{') && !value.includes('$t(') && voiceText(value)) lines.set(voiceKey(value), voiceText(value));
      } else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  }
  return lines;
}

async function pool(items, size, work) {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

async function main() {
  const root = process.cwd();
  const tmp = mkdtempSync(join(tmpdir(), 'tiko-voices-'));
  let made = 0;
  let removed = 0;
  const done = [];
  for (const [lang, voice] of Object.entries(ESPEAK_VOICES)) {
    const out = join(root, 'public', 'voices', lang);
    mkdirSync(out, { recursive: true });
    const lines = voicedLines(root, lang);
    const have = new Set(readdirSync(out).map((f) => f.replace(/\.ogg$/, '')));
    for (const key of have)
      if (!lines.has(key)) {
        rmSync(join(out, `${key}.ogg`));
        removed++;
      }
    const missing = [...lines.keys()].filter((k) => !have.has(k));
    await pool(missing, 8, async (key) => {
      writeFileSync(join(tmp, `${key}.txt`), lines.get(key));
      await run('espeak-ng', ['-v', voice, '-s', '150', '-f', join(tmp, `${key}.txt`), '-w', join(tmp, `${key}.wav`)]);
    });
    const batches = [];
    for (let i = 0; i < missing.length; i += 40) batches.push(missing.slice(i, i + 40));
    await pool(batches, 4, async (batch) => {
      const args = ['-hide_banner', '-loglevel', 'error', '-y'];
      batch.forEach((key) => args.push('-i', join(tmp, `${key}.wav`)));
      batch.forEach((key, i) =>
        args.push(
          '-map',
          String(i),
          '-ac',
          '1',
          '-ar',
          '16000',
          '-c:a',
          'libopus',
          '-b:a',
          '10k',
          '-application',
          'voip',
          join(out, `${key}.ogg`),
        ),
      );
      await run('ffmpeg', args);
    });
    made += missing.length;
    console.log(`${lang}: ${lines.size} lines, ${missing.length} made`);
    // The page offers recorded voices only for the languages whose every line has its file.
    done.push(lang);
    writeFileSync(join(root, 'src', 'platform', 'recordedVoices.json'), JSON.stringify(done) + '\n');
  }
  rmSync(tmp, { recursive: true, force: true });
  console.log(`voices: ${made} made, ${removed} removed`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
