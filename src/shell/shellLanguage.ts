/**
 * What the first screen's two inline scripts share (src/shell/firstScreenHead.ts in the head,
 * src/shell/firstScreen.ts after the markup): the words, and the page put in one language.
 * The visible words need no script: the markup carries them in all six languages and the
 * stylesheet shows the ones of `<html lang>` (scripts/vite/firstScreen.ts writes both).
 */
import { directionOf, type LangCode } from '../i18n/languages';
import { SHELL_WORDS_ID, type ShellWords } from './shellContract';

export const shellWords = (): ShellWords => JSON.parse(document.getElementById(SHELL_WORDS_ID)?.textContent ?? '{}') as ShellWords;

/** The page in `lang`: its language and direction (the words follow), title, manifest, and what screen readers hear. */
export function speak(lang: LangCode, words: ShellWords): void {
  const own = words[lang] ?? {};
  const html = document.documentElement;
  html.lang = lang;
  html.dir = directionOf(lang);
  if (own['app.title']) document.title = own['app.title'];
  document.querySelector('link[rel="manifest"]')?.setAttribute('href', `./manifest-${lang}.webmanifest`);
  for (const el of document.querySelectorAll<HTMLElement>('#app [data-word-label]'))
    el.setAttribute('aria-label', own[el.dataset.wordLabel!] ?? '');
  for (const button of document.querySelectorAll<HTMLElement>('#app [data-focus-id^="title-lang-"]'))
    button.setAttribute('aria-pressed', String(button.getAttribute('lang') === lang));
}
