import { describe, expect, it } from 'vitest';
import { parseUrlOptions, searchWithLanguage } from '../../src/engine/urlOptions';
import { LANG_CODES, detectLanguage, directionOf } from '../../src/i18n/languages';

describe('URL options', () => {
  it('reads a language and a mode', () => {
    expect(parseUrlOptions('?lang=ar&mode=class', LANG_CODES)).toEqual({ lang: 'ar', mode: 'class' });
    expect(parseUrlOptions('?lang=ZH', LANG_CODES)).toEqual({ lang: 'zh', mode: 'home' });
  });

  it.each([
    '?lang=xx',
    '?lang=',
    '?mode=party',
    '?lang=%E0%A4%A',
    '?lang[]=en',
    '?' + 'a'.repeat(5000),
    '?lang=<script>',
    '??&&==',
    '?mode=\u212Aiosk',
    '?lang=e%6E%00',
    '?mode=kiosk%20x',
  ])('ignores junk: %s', (search) => {
    expect(parseUrlOptions(search, LANG_CODES)).toEqual({ lang: null, mode: 'home' });
  });

  it('keeps a good option beside a junk one, and the first of two', () => {
    expect(parseUrlOptions('?lang=xx&mode=class', LANG_CODES)).toEqual({ lang: null, mode: 'class' });
    expect(parseUrlOptions('?lang=%00&lang=fr&mode=kiosk&mode=class', LANG_CODES)).toEqual({ lang: null, mode: 'kiosk' });
    expect(parseUrlOptions('?lang=%20es%20', LANG_CODES)).toEqual({ lang: 'es', mode: 'home' });
  });
});

describe('region tags in a link', () => {
  it.each([
    ['?lang=ar-EG', 'ar'],
    ['?lang=zh-CN', 'zh'],
    ['?lang=zh_Hans', 'zh'],
    ['?lang=zh-Hans-CN', 'zh'],
    ['?lang=fr-CA', 'fr'],
    ['?lang=ES-419', 'es'],
    ['?lang=ru-RU&mode=class', 'ru'],
  ])('%s speaks %s', (search, lang) => {
    expect(parseUrlOptions(search, LANG_CODES).lang).toBe(lang);
  });

  it.each(['?lang=de-DE', '?lang=en-', '?lang=e-n', '?lang=en--GB', '?lang=en-GB-toolongsubtag'])(
    '%s is not a language the game speaks',
    (search) => {
      expect(parseUrlOptions(search, LANG_CODES).lang).toBeNull();
    },
  );
});

describe('the address after a language is chosen', () => {
  it('follows the choice when the link names a language, keeping the other options', () => {
    expect(searchWithLanguage('?lang=fr&mode=class', 'ar')).toBe('?lang=ar&mode=class');
    expect(searchWithLanguage('?mode=class&lang=zh-CN', 'ru')).toBe('?mode=class&lang=ru');
  });

  it('leaves an address without a language, or with the same one, alone', () => {
    expect(searchWithLanguage('', 'fr')).toBeNull();
    expect(searchWithLanguage('?mode=class', 'fr')).toBeNull();
    expect(searchWithLanguage('?lang=fr', 'fr')).toBeNull();
  });
});

describe('language detection', () => {
  it('takes the first supported language by its primary subtag', () => {
    expect(detectLanguage(['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(detectLanguage(['zh-Hant-TW'])).toBe('zh');
    expect(detectLanguage(['ar_EG'])).toBe('ar');
  });
  it('falls back to English', () => {
    expect(detectLanguage([])).toBe('en');
    expect(detectLanguage(undefined)).toBe('en');
    expect(detectLanguage(['de', 'ja'])).toBe('en');
  });
  it('knows Arabic is written right to left', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(LANG_CODES.filter((c) => directionOf(c) === 'rtl')).toEqual(['ar']);
  });
});
