/**
 * Each language's own typesetting and words-for-everyone rules (issue 16), checked on every
 * line as the game shows it (after src/i18n/typography.ts): what native readers found, made
 * checkable, so a new line cannot bring it back.
 */
import { describe, expect, it } from 'vitest';
import { typeset } from '../../src/i18n/typography';
import { flatten, type Lang } from '../support/locales';

const shown = (lang: Lang) => [...flatten(lang)].map(([key, text]) => [key, typeset(lang, text)] as const);

/** Everything a rule finds, as `key: …text…` lines, so a failure names every line at once. */
function offending(lang: Lang, pattern: RegExp, skip: (key: string) => boolean = () => false): string[] {
  const found: string[] = [];
  for (const [key, text] of shown(lang)) {
    if (skip(key)) continue;
    const plain = text.replace(/\{\{[^}]+\}\}/g, (m) => m.replace(/[:;!?]/g, ''));
    const match = pattern.exec(plain);
    if (match) found.push(`${key}: …${plain.slice(Math.max(0, match.index - 12), match.index + 12)}…`);
  }
  return found;
}

/** Chinese characters, and the full-width forms Chinese punctuation uses. */
const HAN = '\\u3400-\\u9fff';

describe('French typesetting', () => {
  it('puts a narrow no-break space before : ; ! ? » and after «, never an ordinary space or none', () => {
    expect(offending('fr', /(?<![\u202F\u00A0?!…:])[:;!?»](?!\d)/)).toEqual([]);
    expect(offending('fr', /«(?![\u202F\u00A0])/)).toEqual([]);
  });

  it('writes thousands with a no-break space (10 000), never an ordinary one', () => {
    expect(offending('fr', /\d \d{3}\b/)).toEqual([]);
  });
});

describe('Russian typesetting', () => {
  it('writes thousands with a no-break space, never an ordinary one', () => {
    expect(offending('ru', /\d \d{3}\b/)).toEqual([]);
  });

  it('never breaks a hyphenated word such as «по-доброму» at its hyphen', () => {
    expect(typeset('ru', 'вести себя по-доброму')).toBe('вести себя по-\u2060доброму');
    expect(offending('ru', /[А-Яа-яЁё]-(?!\u2060)[А-Яа-яЁё]/)).toEqual([]);
  });
});

describe('Chinese typesetting', () => {
  it('uses full-width punctuation beside Chinese text, never ASCII , : ; ! ? ( )', () => {
    expect(offending('zh', new RegExp(`[${HAN}][,:;!?()]|[,:;!?()][${HAN}]`))).toEqual([]);
  });

  // Numbers join the Chinese text without spaces (第3个, 只剩2分钟, 共{{total}}张), as print does
  // and as most of the stories already wrote them.
  // A section number such as DigComp's 4.2 is a code, not a quantity: it keeps its space.
  const NUMBER = '(?:(?<![\\d.])\\d+(?![\\d.])|\\{\\{(?:count|current|total|seconds|done|correct)\\}\\})';
  it('puts no space between Chinese text and a number', () => {
    expect(offending('zh', new RegExp(`[${HAN}，。：（] +${NUMBER}|${NUMBER} +[${HAN}，。）]`))).toEqual([]);
  });

  it('names stories and games with 《》 and worlds with “”, each the same way everywhere', () => {
    expect(offending('zh', /(?<!《)\{\{(title|game)\}\}|\{\{(title|game)\}\}(?!》)/)).toEqual([]);
    expect(offending('zh', /(?<!“)\{\{world\}\}|\{\{world\}\}(?!”)/)).toEqual([]);
  });
});

describe('Arabic and Spanish typesetting', () => {
  it('Arabic uses the Arabic comma and question mark beside Arabic text', () => {
    expect(offending('ar', /[\u0600-\u06ff] ?[,?;]/)).toEqual([]);
  });

  it('Spanish opens every question and exclamation with ¿ and ¡', () => {
    const unopened: string[] = [];
    for (const [key, text] of shown('es'))
      for (const sentence of text.split(/(?<=[.!?])\s+/)) {
        if (sentence.includes('?') && !sentence.includes('¿')) unopened.push(`${key}: ${sentence}`);
        if (sentence.includes('!') && !sentence.includes('¡')) unopened.push(`${key}: ${sentence}`);
      }
    expect(unopened).toEqual([]);
  });
});

describe('words for every child', () => {
  /**
   * Lines about the child that would fit only a boy: the certificate's "hero", "safe" and
   * "ready" in their masculine forms, and Arabic verbs forced masculine by their vowel mark.
   */
  const MASCULINE_ONLY: Partial<Record<Lang, RegExp>> = {
    fr: /(?<!\p{L})(héros|(tu es|es-tu|être|rester|sois) (prudent|prêt|sûr|malin|gentil|fier|fort))(?!\p{L})/iu,
    es: /(?<!\p{L})(héroe|(estar|estás|eres|ser|sé) (seguro|listo|preparado|atento))(?!\p{L})/iu,
    ru: /(?<!\p{L})(герой|ты (готов|уверен))(?!\p{L})/iu,
    ar: /تَ(?=[\s!.،؟»]|$)|بطلٌ|أنت بطل/,
  };

  it.each(Object.entries(MASCULINE_ONLY))('%s: no line speaks to the child in a form that fits only a boy', (lang, pattern) => {
    expect(offending(lang as Lang, pattern)).toEqual([]);
  });

  it('Spanish is one for the widest audience: no vosotros forms, no Spain-only words', () => {
    expect(
      offending('es', /(?<!\p{L})(vosotros|vosotras|os|mirad|venid|pensad|vale\?|majo|maja|guay|mola|ordenador|móvil|vídeos?)(?!\p{L})/iu),
    ).toEqual([]);
  });
});
