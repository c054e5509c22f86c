/** Reads the locale files straight from disk, for tests in Node. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANG_CODES, type LangCode } from '../../src/i18n/languages';
import { typeset } from '../../src/i18n/typography';

export const LOCALES_DIR = fileURLToPath(new URL('../../locales', import.meta.url));
/** The game's own list: a language added there is checked everywhere, none can be skipped. */
export const LANGS = LANG_CODES;
export type Lang = LangCode;

export type Tree = { [key: string]: string | Tree };

export function namespaces(lang: Lang = 'en'): string[] {
  return readdirSync(join(LOCALES_DIR, lang))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

export function readNamespace(lang: Lang, ns: string): Tree {
  return JSON.parse(readFileSync(join(LOCALES_DIR, lang, `${ns}.json`), 'utf8')) as Tree;
}

/** Every leaf as `ns:dotted.path` → text. */
export function flatten(lang: Lang): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: Tree, ns: string, prefix: string) => {
    for (const [k, v] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${k}` : k;
      if (typeof v === 'string') out.set(`${ns}:${path}`, v);
      else walk(v, ns, path);
    }
  };
  for (const ns of namespaces(lang)) walk(readNamespace(lang, ns), ns, '');
  return out;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Looks a key up as i18next would for a count-less or counted key, typeset as shown. */
export function text(lang: Lang, key: string, count?: number, vars: Record<string, string | number> = {}): string {
  let value = rawText(lang, key, count);
  for (const [name, v] of Object.entries(vars)) value = value.split(`{{${name}}}`).join(String(v));
  return typeset(lang, value);
}

function rawText(lang: Lang, key: string, count?: number): string {
  const all = flatten(lang);
  const full = key.includes(':') ? key : `common:${key}`;
  if (count !== undefined) {
    const form = new Intl.PluralRules(lang).select(count);
    const v = all.get(`${full}_${form}`) ?? all.get(`${full}_other`);
    if (v !== undefined) return v.replace('{{count}}', String(count));
  }
  const v = all.get(full);
  if (v === undefined) throw new Error(`No text for ${full} in ${lang}`);
  return v;
}

export function pluralBase(key: string): string | null {
  return PLURAL_SUFFIX.test(key) ? key.replace(PLURAL_SUFFIX, '') : null;
}
export function pluralForm(key: string): string | null {
  return PLURAL_SUFFIX.exec(key)?.[1] ?? null;
}
