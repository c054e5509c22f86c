import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KeepFailure, type LangCount, type VoiceShelf, countKept, keepAll } from '../../src/platform/keptVoices';
import { createVoiceKeeper } from '../../src/ui/kiosk/voiceKeeper';
import { voiceFiles } from '../../scripts/vite/voiceLists';
import { LANG_CODES } from '../../src/i18n/languages';

/** A shelf in memory: the host's files per language, what is kept, and how keeping a file goes. */
function shelf(
  files: Record<string, string[] | null>,
  opts: { kept?: string[]; fail?: (url: string, n: number) => 'offline' | 'full' | 'missing' | null } = {},
) {
  const kept = new Set(opts.kept ?? []);
  let calls = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const s: VoiceShelf = {
    list: async (lang) => files[lang] ?? null,
    kept: async () => new Set(kept),
    async keep(url) {
      const n = calls++;
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await Promise.resolve();
      inFlight--;
      const failure = opts.fail?.(url, n) ?? null;
      if (failure === 'missing') return false;
      if (failure) throw new KeepFailure(failure);
      kept.add(url);
      return true;
    },
  };
  return { shelf: s, kept, calls: () => calls, maxInFlight: () => maxInFlight };
}

const urls = (lang: string, n: number) => Array.from({ length: n }, (_, i) => `/voices/${lang}/${i}.ogg`);

describe('keeping a kiosk’s voices', () => {
  it('keeps every file not kept yet, and counts each language as it goes', async () => {
    const s = shelf({ ar: urls('ar', 5), en: urls('en', 3) }, { kept: ['/voices/ar/0.ogg'] });
    const seen: LangCount[][] = [];
    expect(await keepAll(['ar', 'en'], s.shelf, (c) => seen.push(c))).toBe('done');
    expect(s.calls()).toBe(7);
    expect(s.kept.size).toBe(8);
    expect(seen[0]).toEqual([
      { lang: 'ar', kept: 1, total: 5 },
      { lang: 'en', kept: 0, total: 3 },
    ]);
    expect(seen.at(-1)).toEqual([
      { lang: 'ar', kept: 5, total: 5 },
      { lang: 'en', kept: 3, total: 3 },
    ]);
    expect(await countKept(['ar', 'en'], s.shelf)).toEqual(seen.at(-1));
  });

  it('asks for a few files at a time, not all at once', async () => {
    const s = shelf({ fr: urls('fr', 40) });
    await keepAll(['fr'], s.shelf, () => undefined, 4);
    expect(s.maxInFlight()).toBeLessThanOrEqual(4);
    expect(s.kept.size).toBe(40);
  });

  it('stops when the device is full, and what was kept stays kept and counted', async () => {
    const s = shelf({ ru: urls('ru', 20) }, { fail: (_url, n) => (n >= 6 ? 'full' : null) });
    let last: LangCount[] = [];
    expect(await keepAll(['ru'], s.shelf, (c) => (last = c), 2)).toBe('full');
    expect(last[0]!.kept).toBe(s.kept.size);
    expect(s.kept.size).toBeGreaterThanOrEqual(6);
    expect(s.kept.size).toBeLessThan(20);
    expect(s.calls()).toBeLessThan(20);
  });

  it('stops when the network goes, and a second run after it is back finishes the rest', async () => {
    let online = false;
    const s = shelf({ es: urls('es', 10) }, { fail: (_url, n) => (!online && n >= 3 ? 'offline' : null) });
    expect(await keepAll(['es'], s.shelf, () => undefined, 1)).toBe('offline');
    expect(s.kept.size).toBe(3);
    online = true;
    expect(await keepAll(['es'], s.shelf, () => undefined, 1)).toBe('done');
    expect(s.kept.size).toBe(10);
  });

  it('goes on past a file the host lacks, without counting it', async () => {
    const s = shelf({ zh: urls('zh', 4) }, { fail: (url) => (url.endsWith('/2.ogg') ? 'missing' : null) });
    let last: LangCount[] = [];
    expect(await keepAll(['zh'], s.shelf, (c) => (last = c))).toBe('done');
    expect(last).toEqual([{ lang: 'zh', kept: 3, total: 4 }]);
  });

  it('without a language’s list (no network, never kept) it keeps nothing and says offline', async () => {
    const s = shelf({ en: urls('en', 2), ar: null });
    expect(await keepAll(['en', 'ar'], s.shelf, () => undefined)).toBe('offline');
    expect(s.calls()).toBe(0);
    expect(await countKept(['en', 'ar'], s.shelf)).toEqual([
      { lang: 'en', kept: 0, total: 2 },
      { lang: 'ar', kept: 0, total: null },
    ]);
  });

  it('one keeper for the page: a second press while it runs starts nothing, and the panel can follow along', async () => {
    const s = shelf({ fr: urls('fr', 6) });
    const keeper = createVoiceKeeper(s.shelf);
    const phases: (string | null)[] = [];
    keeper.subscribe((state) => phases.push(state.phase));
    const first = keeper.keep(['fr']);
    await keeper.keep(['fr']);
    await first;
    expect(s.calls()).toBe(6);
    expect(phases[0]).toBe('keeping');
    expect(keeper.state()).toEqual({ phase: 'done', counts: [{ lang: 'fr', kept: 6, total: 6 }] });
    expect(createVoiceKeeper(null).possible).toBe(false);
  });
});

describe('the build’s voice lists', () => {
  it('list every recorded voice file of each of the six languages, and only those', () => {
    const lists = voiceFiles();
    expect(Object.keys(lists).sort()).toEqual([...LANG_CODES].sort());
    for (const [lang, keys] of Object.entries(lists)) {
      const files = readdirSync(fileURLToPath(new URL(`../../public/voices/${lang}/`, import.meta.url))).filter((f) => f.endsWith('.ogg'));
      expect(keys.length, lang).toBe(files.length);
      expect(keys.map((k) => `${k}.ogg`).sort()).toEqual(files.sort());
    }
  });
});
