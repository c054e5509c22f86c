/**
 * Bad input, generated: URL options, saved records and the site's JSON files
 * filled with junk, very long, unicode, RTL, emoji and null-ish values. Each
 * property is checked over many values from a seeded generator, so a failure
 * names its seed and case and replays the same on every machine.
 */
import { describe, expect, it, vi } from 'vitest';
import { MODES, parseUrlOptions } from '../../src/engine/urlOptions';
import { LANG_CODES } from '../../src/i18n/languages';
import { parseHelpConfig, parseKioskConfig } from '../../src/engine/siteConfig';
import { ASIDE_SUFFIX, createSafeStorage } from '../../src/state/safeStorage';
import { STORAGE_KEY, STORAGE_VERSION, defaultSaved, sanitizeSaved } from '../../src/state/savedState';
import { createGameStore } from '../../src/state/gameStore';
import { ALL_SCENARIOS, WORLDS } from '../../src/content';
import { schemaErrors } from '../support/savedSchema';
import { FakeStorage } from '../support/fakeStorage';

/** mulberry32: small, fast, and the same sequence everywhere for a seed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  return { next, int, pick };
}
type Rng = ReturnType<typeof random>;

/** Pieces that have broken parsers before: bidi controls, surrogates, NUL, escapes, look-alikes. */
const NASTY = [
  '',
  ' ',
  '\u0000',
  'null',
  'undefined',
  'NaN',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'toString',
  '\u202Eks\u202C', // right-to-left override
  '\u200F\u200E',
  'عربي',
  'ру',
  '中文',
  '👩‍👩‍👧‍👦',
  '🏳️‍🌈',
  'e\u0301',
  '\uD800', // a lone surrogate
  '\uFEFF',
  'ｅｎ', // fullwidth look-alike
  'İ',
  '%',
  '%E0%A4%A',
  '%00',
  '%2526',
  '+',
  '&',
  '=',
  '#',
  '?',
  '<script>alert(1)</script>',
  '"\'`',
  '../../etc/passwd',
  'javascript:alert(1)',
  '\n\r\t',
  ...LANG_CODES,
  ...MODES,
  'EN',
  ' fr ',
];

function junk(rng: Rng, maxParts = 6): string {
  let out = '';
  const parts = 1 + rng.int(maxParts);
  for (let i = 0; i < parts; i++) {
    const r = rng.next();
    if (r < 0.5) out += rng.pick(NASTY);
    else if (r < 0.8) out += String.fromCharCode(rng.int(0x10000));
    else out += String.fromCodePoint(0x1f300 + rng.int(0x300));
  }
  return out;
}

const KEYS = ['lang', 'mode', 'LANG', 'lang[]', 'mode ', 'x', '', '__proto__', 'utm_source'];
const CASES = 400;

describe('URL options over generated junk', () => {
  const shape = (o: unknown) => {
    expect(Object.keys(o as object).sort()).toEqual(['lang', 'mode']);
    const { lang, mode } = o as { lang: unknown; mode: unknown };
    expect(lang === null || LANG_CODES.includes(lang as never)).toBe(true);
    expect(MODES).toContain(mode);
  };

  it('never throws and always gives a supported language or none, and a known mode', () => {
    const rng = random(7);
    for (let i = 0; i < CASES; i++) {
      const params = Array.from({ length: rng.int(5) }, () => [rng.pick(KEYS), junk(rng)] as const);
      // Both as a browser would encode it and as raw text pasted into a link.
      const encoded = '?' + new URLSearchParams(params as [string, string][]).toString();
      const raw = '?' + params.map(([k, v]) => `${k}=${v}`).join('&');
      for (const search of [encoded, raw]) {
        let result: unknown;
        expect(() => (result = parseUrlOptions(search, LANG_CODES)), `case ${i}: ${JSON.stringify(search)}`).not.toThrow();
        shape(result);
      }
    }
  });

  it('a valid option still counts among junk options, whatever their order', () => {
    const rng = random(11);
    for (let i = 0; i < CASES; i++) {
      const lang = rng.pick(LANG_CODES);
      const mode = rng.pick(MODES);
      const params: [string, string][] = [
        ['lang', lang],
        ['mode', mode],
        ...Array.from(
          { length: rng.int(6) },
          () => [rng.pick(['x', 'utm_source', 'LANG', 'lang[]', junk(rng, 2)]), junk(rng)] as [string, string],
        ),
      ];
      // Junk keys are never exactly "lang" or "mode", so order must not matter.
      params.sort(() => rng.next() - 0.5);
      const search = '?' + new URLSearchParams(params).toString();
      expect(parseUrlOptions(search, LANG_CODES), `case ${i}: ${search}`).toEqual({ lang, mode });
    }
  });

  it('a junk value falls back to no language and home mode', () => {
    const rng = random(13);
    for (let i = 0; i < CASES; i++) {
      const lang = junk(rng);
      const mode = junk(rng);
      const known = (v: string, list: readonly string[]) => list.includes(v.trim().replace(/[A-Z]/g, (c) => c.toLowerCase()));
      const search = '?' + new URLSearchParams({ lang, mode }).toString();
      const o = parseUrlOptions(search, LANG_CODES);
      if (!known(lang, LANG_CODES)) expect(o.lang, `case ${i}: lang=${JSON.stringify(lang)}`).toBeNull();
      if (!known(mode, MODES)) expect(o.mode, `case ${i}: mode=${JSON.stringify(mode)}`).toBe('home');
    }
  });

  it('copes with 100 KB values and thousands of options', () => {
    const huge = 'ع'.repeat(100_000);
    for (const search of [
      `?lang=${huge}&mode=${huge}`,
      `?lang=${encodeURIComponent(huge)}`,
      '?' + 'lang=xx&'.repeat(12_000) + 'mode=class',
      `?mode=kiosk&lang=fr&${'%'.repeat(100_000)}`,
      '?' + '&'.repeat(100_000),
    ]) {
      const o = parseUrlOptions(search, LANG_CODES);
      expect(o.lang === null || LANG_CODES.includes(o.lang)).toBe(true);
      expect(MODES).toContain(o.mode);
    }
    expect(parseUrlOptions(`?mode=kiosk&lang=fr&junk=${'%'.repeat(100_000)}`, LANG_CODES)).toEqual({ lang: 'fr', mode: 'kiosk' });
  });

  it('does not let look-alike letters choose a mode', () => {
    // U+212A KELVIN SIGN lower-cases to a plain "k": a link must spell the mode, not resemble it.
    expect(parseUrlOptions('?mode=\u212Aiosk', LANG_CODES).mode).toBe('home');
    expect(parseUrlOptions('?lang=\uFF45\uFF4E', LANG_CODES).lang).toBeNull();
    expect(parseUrlOptions('?lang=%C4%B0t', LANG_CODES).lang).toBeNull();
  });
});

/** A random JSON-like value: what tampering, old versions or a broken disk could leave. */
function value(rng: Rng, depth = 0): unknown {
  const r = rng.int(depth > 3 ? 6 : 9);
  switch (r) {
    case 0:
      return null;
    case 1:
      return rng.next() < 0.5;
    case 2:
      return rng.pick([0, -1, 1, 0.5, 2, 1e308, -0, NaN, Infinity, rng.next() * 10 - 5]);
    case 3:
    case 4:
      return rng.next() < 0.3 ? rng.pick([...LANG_CODES, 'normal', 'large', 'larger', ...ALL_SCENARIOS.map((s) => s.id)]) : junk(rng);
    case 5:
      return undefined;
    case 6:
    case 7:
      return Array.from({ length: rng.int(5) }, () => value(rng, depth + 1));
    default: {
      const keys = [
        'settings',
        'progress',
        'language',
        'sound',
        'musicVolume',
        'effectsVolume',
        'textSize',
        'reducedMotion',
        'completed',
        'games',
        'current',
        'scenarioId',
        'stepId',
        '__proto__',
        'name',
        junk(rng, 1),
      ];
      return Object.fromEntries(Array.from({ length: rng.int(6) }, () => [rng.pick(keys), value(rng, depth + 1)]));
    }
  }
}

describe('saved records over generated junk', () => {
  it('whatever is read, the game holds only values of the documented shape', () => {
    const rng = random(21);
    for (let i = 0; i < CASES; i++) {
      const raw = value(rng);
      const state = sanitizeSaved(raw);
      expect(
        schemaErrors({ version: STORAGE_VERSION, state: JSON.parse(JSON.stringify(state)) }),
        `case ${i}: ${JSON.stringify(raw)}`,
      ).toEqual([]);
    }
  });

  it('boots from any stored string, and never loses what it could not read', () => {
    const rng = random(23);
    for (let i = 0; i < CASES; i++) {
      const shape = rng.int(4);
      const raw =
        shape === 0
          ? junk(rng)
          : shape === 1
            ? (JSON.stringify(value(rng)) ?? 'undefined')
            : JSON.stringify({ version: rng.pick([0, 1, 2, 99, -1, '1', null, 1.5]), state: value(rng) });
      const backend = new FakeStorage(rng.next() < 0.3 ? raw.length + STORAGE_KEY.length + rng.int(400) : Infinity);
      backend.data.set(STORAGE_KEY, raw);
      const warn = vi.fn();
      const storage = createSafeStorage({ currentVersion: STORAGE_VERSION, backend: () => backend, warn });
      const label = `case ${i}: ${JSON.stringify(raw).slice(0, 200)}`;
      let game!: ReturnType<typeof createGameStore>;
      expect(() => {
        game = createGameStore({ storage });
        game.getState().setSound(false);
        game.getState().completeScenario(ALL_SCENARIOS[0]!.id);
      }, label).not.toThrow();
      expect(game.getState().progress.completed, label).toContain(ALL_SCENARIOS[0]!.id);
      // Unreadable data is kept aside, or left where it was when there is no room to copy it.
      const problems = storage.problems();
      if (problems.includes('corrupt') || problems.includes('future-version')) {
        expect([backend.getItem(STORAGE_KEY), backend.getItem(STORAGE_KEY + ASIDE_SUFFIX)], label).toContain(raw);
      }
      expect(warn.mock.calls.length, label).toBeLessThanOrEqual(2);
      // What is on the device now is either the original or a record of the documented shape.
      const now = backend.getItem(STORAGE_KEY);
      if (now !== raw) expect(schemaErrors(JSON.parse(now!)), label).toEqual([]);
    }
  });

  it('a huge record of a newer version is kept aside, or left untouched when that does not fit', () => {
    const future = JSON.stringify({
      version: STORAGE_VERSION + 1,
      state: { settings: {}, progress: { completed: ['x'.repeat(2_000_000)] } },
    });
    for (const quota of [Infinity, future.length * 2 + 100, future.length + 100]) {
      const backend = new FakeStorage(quota);
      backend.data.set(STORAGE_KEY, future);
      const storage = createSafeStorage({ currentVersion: STORAGE_VERSION, backend: () => backend, warn: () => undefined });
      const game = createGameStore({ storage });
      game.getState().setLanguage('ar');
      expect(game.getState().settings.language).toBe('ar');
      expect([backend.getItem(STORAGE_KEY), backend.getItem(STORAGE_KEY + ASIDE_SUFFIX)]).toContain(future);
    }
  });
});

describe('site files over generated junk', () => {
  it('help and kiosk files of any shape give a usable configuration', () => {
    const rng = random(31);
    for (let i = 0; i < CASES; i++) {
      const raw =
        rng.next() < 0.5
          ? value(rng)
          : {
              languages: value(rng),
              idleSeconds: value(rng),
              countdownSeconds: value(rng),
              tour: value(rng),
              pin: value(rng),
              help: value(rng),
            };
      const label = `case ${i}: ${JSON.stringify(raw)?.slice(0, 200)}`;
      const help = parseHelpConfig(raw, LANG_CODES).config;
      for (const [lang, list] of Object.entries(help.contacts)) {
        expect(LANG_CODES, label).toContain(lang);
        for (const c of list) expect(typeof c.name === 'string' && typeof c.detail === 'string', label).toBe(true);
      }
      const { config: kiosk } = parseKioskConfig(raw, LANG_CODES);
      expect(kiosk.languages.length, label).toBeGreaterThan(0);
      for (const l of kiosk.languages) expect(LANG_CODES, label).toContain(l);
      expect(kiosk.countdownSeconds, label).toBeGreaterThanOrEqual(20);
      for (const n of [kiosk.idleSeconds, kiosk.countdownSeconds, kiosk.attractSeconds]) expect(Number.isFinite(n), label).toBe(true);
      expect(kiosk.pin, label).toMatch(/^[0-9]{4,8}$/);
      for (const id of kiosk.tour.scenarios)
        expect(
          ALL_SCENARIOS.some((s) => s.id === id),
          label,
        ).toBe(true);
      if (kiosk.tour.game !== null)
        expect(
          WORLDS.some((w) => w.game.id === kiosk.tour.game),
          label,
        ).toBe(true);
    }
  });
});

describe('the saved-record schema the privacy test uses', () => {
  const good = () => ({
    version: STORAGE_VERSION,
    state: {
      settings: {
        language: 'ar',
        sound: true,
        musicVolume: 0.4,
        effectsVolume: 1,
        textSize: 'larger',
        reducedMotion: null,
        highContrast: true,
        playTogether: false,
      },
      progress: {
        completed: [ALL_SCENARIOS[0]!.id],
        games: [WORLDS[0]!.game.id],
        current: { scenarioId: ALL_SCENARIOS[0]!.id, stepId: 'any' },
      },
    },
  });

  it('accepts a documented record', () => {
    expect(schemaErrors(good())).toEqual([]);
  });

  it('covers every field the game saves: a new one must be added here and to the README first', () => {
    expect(schemaErrors({ version: STORAGE_VERSION, state: defaultSaved() })).toEqual([]);
  });

  it.each<[string, (r: ReturnType<typeof good>) => void, string]>([
    ['an extra field', (r) => Object.assign(r.state.settings, { name: 'Sam' }), '$.state.settings.name: not in the schema'],
    ['an extra top-level field', (r) => Object.assign(r, { sessionId: 'x' }), '$.sessionId: not in the schema'],
    ['a missing field', (r) => delete (r.state.progress as Partial<typeof r.state.progress>).games, '$.state.progress.games: missing'],
    ['an unknown language', (r) => Object.assign(r.state.settings, { language: 'de' }), '$.state.settings.language'],
    ['a volume above 1', (r) => Object.assign(r.state.settings, { musicVolume: 2 }), '$.state.settings.musicVolume: 2 is outside 0..1'],
    ['a repeated id', (r) => r.state.progress.completed.push(ALL_SCENARIOS[0]!.id), '$.state.progress.completed: repeated items'],
    ['another version', (r) => Object.assign(r, { version: STORAGE_VERSION + 1 }), '$.version'],
  ])('refuses %s', (_name, spoil, error) => {
    const record = good();
    spoil(record);
    expect(schemaErrors(record).join('\n')).toContain(error);
  });
});
