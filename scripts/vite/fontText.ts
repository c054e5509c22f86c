import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { WORLD_ORDER } from '../../src/content/worldOrder.ts';
import { LANGUAGES, type LangCode } from '../../src/i18n/languages.ts';

function stringsIn(file: string): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(JSON.parse(readFileSync(file, 'utf8')));
  return out;
}

/** A language's namespaces (`common`, `contact-game`, …) and every string in each, keys and plural forms included. */
export function localeNamespaces(localesDir: string, lang: LangCode): Map<string, string[]> {
  const dir = join(localesDir, lang);
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  return new Map(files.map((file) => [file.replace(/\.json$/, ''), stringsIn(join(dir, file))]));
}

export function localeStrings(localesDir: string, lang: LangCode): string[] {
  return [...localeNamespaces(localesDir, lang).values()].flat();
}

/** The name the language pickers show for a language, in every language. */
export function nativeName(lang: LangCode): string {
  return LANGUAGES.find((l) => l.code === lang)!.nativeName;
}

/** The digit systems a browser may write a language's dates in: every language must say. */
export const NUMBERING_SYSTEMS: Record<LangCode, readonly string[]> = {
  ar: ['latn', 'arab'],
  zh: ['latn'],
  en: ['latn'],
  fr: ['latn'],
  ru: ['latn'],
  es: ['latn'],
};

/**
 * Text the browser formats at run time: the certificate's date (Intl, dateStyle long).
 * Every month, in both digit systems, since browsers' ICU data differ on Arabic's default digits.
 */
export function formattedText(lang: LangCode): string {
  const parts: string[] = [];
  for (const numberingSystem of NUMBERING_SYSTEMS[lang]) {
    const format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', numberingSystem, timeZone: 'UTC' });
    for (let month = 0; month < 12; month++) parts.push(format.format(Date.UTC(2026, month, 28)));
  }
  return parts.join(' ') + '0123456789';
}

/**
 * Letters a child may type on an Arabic page (the certificate's first name), beyond those the
 * texts use: a missing letter would come from another font and break the word's joining.
 */
export const ARABIC_TYPING = 'ءآأؤإئابةتثجحخدذرزسشصضطظعغـفقكلمنهوىيًٌٍَُِّْ٠١٢٣٤٥٦٧٨٩،؛؟';

/** Letters a child may type beyond those the texts use, where a missing one would break the script. */
export const TYPING_EXTRA: Record<LangCode, string> = {
  ar: ARABIC_TYPING,
  zh: '',
  en: '',
  fr: '',
  ru: '',
  es: '',
};

/** Everything a page in this language may draw, and its own name. */
export function textFor(localesDir: string, lang: LangCode): string {
  return [...localeStrings(localesDir, lang), formattedText(lang), nativeName(lang), TYPING_EXTRA[lang]].join('\n');
}

export interface TextGroup {
  name: string;
  text: string;
}

/**
 * A language's text in the order a child meets it: the interface (and the dates it formats), the
 * first world's stories and game, the other worlds', then the grown-ups' guides. The later worlds
 * share one group: each font file costs about 1 KB of tables, and a child reaches them one by one
 * while the service worker has long cached everything.
 */
export function textGroups(localesDir: string, lang: LangCode): TextGroup[] {
  const worlds: readonly string[] = WORLD_ORDER;
  const groupOf = (ns: string) => {
    const [family, part] = ns.split(/-(?=[a-z]+$)/);
    if (!worlds.includes(family)) return 'ui';
    if (part === 'guide') return 'guide';
    return family === worlds[0] ? 'first' : 'later';
  };
  const order = ['ui', 'first', 'later', 'guide'];
  const texts = new Map<string, string[]>(order.map((name) => [name, []]));
  for (const [ns, strings] of localeNamespaces(localesDir, lang)) texts.get(groupOf(ns))!.push(...strings);
  texts.get('ui')!.push(formattedText(lang));
  return order.map((name) => ({ name, text: texts.get(name)!.join('\n') }));
}
