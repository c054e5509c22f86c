/**
 * A language is added in several places (README: "Adding a language"). Each test here fails
 * while one of them is missing, so a language can never be half added.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NUMBERING_SYSTEMS, TYPING_EXTRA } from '../../scripts/vite/fontText';
import { SCRIPT_FACES } from '../../scripts/vite/fontPlan';
import { DEFAULT_KIOSK } from '../../src/engine/siteConfig';
import { FALLBACK_LANG, LANGUAGES, LANG_CODES } from '../../src/i18n/languages';
import { TYPESETTING } from '../../src/i18n/typography';
import { LANGS, LOCALES_DIR, namespaces } from '../support/locales';

const sorted = (list: readonly string[]) => [...list].sort();

describe('the language list', () => {
  it('is the one the tests use', () => {
    expect(LANGS).toBe(LANG_CODES);
  });

  it('names each language once, with its own name and direction', () => {
    expect(new Set(LANG_CODES).size).toBe(LANGUAGES.length);
    expect(LANG_CODES).toContain(FALLBACK_LANG);
    for (const l of LANGUAGES) {
      expect(l.code, 'a primary language subtag').toMatch(/^[a-z]{2,3}$/);
      expect(l.nativeName.trim(), l.code).not.toBe('');
      expect(['ltr', 'rtl'], l.code).toContain(l.dir);
      expect(Intl.PluralRules.supportedLocalesOf(l.code), `${l.code}: plural rules`).toEqual([l.code]);
    }
  });
});

describe('every language has all its parts', () => {
  const folders = readdirSync(LOCALES_DIR).filter((f) => statSync(join(LOCALES_DIR, f)).isDirectory());

  it('has a locales/<code>/ folder for each language and none for a language the list lacks', () => {
    expect(sorted(folders)).toEqual(sorted(LANG_CODES));
  });

  it.each(LANG_CODES)('%s has every word file English has, and no other', (lang) => {
    expect(namespaces(lang)).toEqual(namespaces('en'));
  });

  it.each(LANG_CODES)('%s has its typesetting rule, digit systems, typing letters and fonts decided', (lang) => {
    expect(TYPESETTING).toHaveProperty(lang);
    expect(NUMBERING_SYSTEMS[lang]).toContain('latn');
    expect(typeof TYPING_EXTRA[lang]).toBe('string');
    expect(['nunito', 'sc', 'arabic']).toContain(SCRIPT_FACES[lang]);
  });

  it('keeps no rule for a language the list lacks', () => {
    for (const table of [TYPESETTING, NUMBERING_SYSTEMS, TYPING_EXTRA, SCRIPT_FACES])
      expect(sorted(Object.keys(table))).toEqual(sorted(LANG_CODES));
  });

  it('is offered by a kiosk that names no languages of its own', () => {
    expect(sorted(DEFAULT_KIOSK.languages)).toEqual(sorted(LANG_CODES));
  });
});
