import { isLangCode, type LangCode } from './languages';

/**
 * French puts a narrow no-break space before ? ! : ; and inside « ».
 * Applied when text is shown, so translators type ordinary spaces and a
 * question mark can never wrap onto a line of its own.
 */
const NNBSP = '\u202F';

export function frenchSpacing(text: string): string {
  return text.replace(/[ \u00A0]+([?!:;»])/g, `${NNBSP}$1`).replace(/«[ \u00A0]+/g, `«${NNBSP}`);
}

/**
 * Russian writes many words with a hyphen (по-доброму, из-за, кто-нибудь); a line must not break
 * at it and leave «по-» alone at the end of a line. A word joiner after the hyphen forbids the break.
 */
export function russianHyphens(text: string): string {
  return text.replace(/([А-Яа-яЁё])-(?!\u2060)([А-Яа-яЁё])/g, '$1-\u2060$2');
}

/**
 * Each language's own typesetting rule, or none. Keyed by every language, so a
 * language added to the list does not compile until someone has decided.
 */
export const TYPESETTING: Record<LangCode, ((text: string) => string) | null> = {
  ar: null,
  zh: null,
  en: null,
  fr: frenchSpacing,
  ru: russianHyphens,
  es: null,
};

export function typeset(lang: string, text: string): string {
  const rule = isLangCode(lang) ? TYPESETTING[lang] : null;
  return rule ? rule(text) : text;
}
