/**
 * The six UN languages. Native names are shown as they are in every language,
 * so a child can always find their own; they are data, not translations.
 */
export const LANGUAGES = [
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
  { code: 'zh', nativeName: '中文', dir: 'ltr' },
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'fr', nativeName: 'Français', dir: 'ltr' },
  { code: 'ru', nativeName: 'Русский', dir: 'ltr' },
  { code: 'es', nativeName: 'Español', dir: 'ltr' },
] as const;

export type LangCode = (typeof LANGUAGES)[number]['code'];
export const LANG_CODES: readonly LangCode[] = LANGUAGES.map((l) => l.code);
export const FALLBACK_LANG: LangCode = 'en';

export function isLangCode(value: unknown): value is LangCode {
  return typeof value === 'string' && (LANG_CODES as readonly string[]).includes(value);
}

export function directionOf(code: LangCode): 'rtl' | 'ltr' {
  return LANGUAGES.find((l) => l.code === code)?.dir ?? 'ltr';
}

/** The first of the browser's preferred languages we speak, by primary subtag. */
export function detectLanguage(preferred: readonly string[] | undefined): LangCode {
  for (const tag of preferred ?? []) {
    const primary = String(tag).toLowerCase().split(/[-_]/)[0];
    if (isLangCode(primary)) return primary;
  }
  return FALLBACK_LANG;
}
