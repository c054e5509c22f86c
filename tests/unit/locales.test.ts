import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGS, flatten, namespaces, pluralBase, pluralForm } from '../support/locales';

/**
 * Keys whose text may be the same as English: names and symbols, not sentences (the mascot, the
 * installed app's short name which is his, Leo in Spanish, Sofia on a French tile).
 */
const MAY_MATCH_ENGLISH = new Set([
  'common:mascot.name',
  'common:app.shortName',
  'common:settings.textSizeNormal',
  'conduct:bystander.target',
  'conduct:password.newPassword.tiles.name',
  'common:practiceContract.permission.contacts',
]);

const base = (key: string) => pluralBase(key) ?? key;

describe('locales', () => {
  const en = flatten('en');

  it('has the same namespaces in all six languages', () => {
    for (const lang of LANGS) expect(namespaces(lang)).toEqual(namespaces('en'));
  });

  it.each(LANGS)('%s has the same keys as English (plural forms aside) and no empty text', (lang) => {
    const all = flatten(lang);
    expect([...new Set([...all.keys()].map(base))].sort()).toEqual([...new Set([...en.keys()].map(base))].sort());
    for (const [key, value] of all) expect(value.trim(), `${lang} ${key}`).not.toBe('');
  });

  it.each(LANGS)('%s has exactly the plural forms its language needs', (lang) => {
    const all = flatten(lang);
    const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.slice().sort();
    const bases = new Set([...all.keys()].map(pluralBase).filter((b): b is string => !!b));
    for (const b of bases) {
      const forms = [...all.keys()]
        .filter((k) => pluralBase(k) === b)
        .map((k) => pluralForm(k)!)
        .sort();
      // Arabic's zero form is optional in CLDR but we want it: "no stories yet" reads better.
      const expected = lang === 'ar' ? ['few', 'many', 'one', 'other', 'two', 'zero'] : needed;
      expect(forms, `${lang} ${b}`).toEqual(expected);
    }
  });

  it('asks Arabic for six forms and Russian for four wherever a key is plural', () => {
    expect(new Intl.PluralRules('ar').resolvedOptions().pluralCategories.length).toBe(6);
    expect(new Intl.PluralRules('ru').resolvedOptions().pluralCategories.sort()).toEqual(['few', 'many', 'one', 'other']);
  });

  it.each(LANGS.filter((l) => l !== 'en'))('%s is translated: no text left identical to English', (lang) => {
    const all = flatten(lang);
    for (const [key, value] of all) {
      if (MAY_MATCH_ENGLISH.has(key)) continue;
      const english = en.get(key);
      expect(value === english && /\p{L}{3,}/u.test(value), `${lang} ${key} is still English: "${value}"`).toBe(false);
    }
  });

  it.each(LANGS)('%s keeps every {{placeholder}} of English', (lang) => {
    const all = flatten(lang);
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of all) {
      const english = en.get(key) ?? en.get(`${base(key)}_other`) ?? '';
      // A plural form may spell its number out ("one story"), so it may drop {{count}}.
      const expected = vars(english).filter((v) => !(pluralBase(key) && v === 'count'));
      for (const v of expected) expect(vars(value), `${lang} ${key}`).toContain(v);
    }
  });

  it('finds every key the code asks for', () => {
    const keys = new Set([...en.keys()].map(base));
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) sources.push(readFileSync(p, 'utf8'));
      }
    };
    walk(fileURLToPath(new URL('../../src/ui', import.meta.url)));
    const used = sources.flatMap((src) => [...src.matchAll(/\bt\('([\w.:-]+)'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(10);
    for (const key of used) expect(keys.has(key.includes(':') ? key : `common:${key}`), key).toBe(true);
  });
});
