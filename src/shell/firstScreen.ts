/**
 * The first screen, before any download: the build writes the title screen's markup into
 * index.html (src/shell/titleShell.html, rendered by the real UI code) with the stylesheet and
 * this script inline, and the title's few words in all six languages beside them. This script
 * picks the language as main.ts will (src/state/startLanguage.ts), fills in the words and the
 * page's language and direction before the first paint, and keeps what the child does with
 * the screen (a language picked, Play pressed, the focus) until main.ts takes over and acts on
 * it (src/ui/shellHandover.ts). A kiosk, a class, or a child with a story to continue gets
 * another first screen: for them the page keeps the loading placeholder until main.ts draws it.
 */
import { parseUrlOptions } from '../engine/urlOptions';
import { LANG_CODES, directionOf, isLangCode, type LangCode } from '../i18n/languages';
import { effectiveHighContrast, effectiveReducedMotion } from '../platform/preferences';
import { startLanguage } from '../state/startLanguage';
import { STORAGE_KEY } from '../state/storageKey';
import { SHELL_HANDOVER, SHELL_WORDS_ID, type ShellHandover, type ShellWords } from './shellContract';

interface SavedShape {
  state?: { settings?: { textSize?: unknown; reducedMotion?: unknown; highContrast?: unknown }; progress?: { current?: unknown } };
}

function storedRecord(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function parsed(record: string | null): SavedShape | null {
  try {
    return record ? (JSON.parse(record) as SavedShape) : null;
  } catch {
    return null;
  }
}

const html = document.documentElement;
const app = document.getElementById('app');
const record = storedRecord();
const options = parseUrlOptions(location.search, LANG_CODES);
const words = JSON.parse(document.getElementById(SHELL_WORDS_ID)?.textContent ?? '{}') as ShellWords;
const handover: ShellHandover = { lang: null, action: null };
(window as unknown as Record<string, ShellHandover>)[SHELL_HANDOVER] = handover;

function speak(lang: LangCode): void {
  const own = words[lang] ?? {};
  html.lang = lang;
  html.dir = directionOf(lang);
  if (own['app.title']) document.title = own['app.title'];
  document.querySelector('link[rel="manifest"]')?.setAttribute('href', `./manifest-${lang}.webmanifest`);
  for (const el of document.querySelectorAll<HTMLElement>('#app [data-word]')) el.textContent = own[el.dataset.word!] ?? '';
  for (const el of document.querySelectorAll<HTMLElement>('#app [data-word-label]'))
    el.setAttribute('aria-label', own[el.dataset.wordLabel!] ?? '');
  for (const button of document.querySelectorAll<HTMLElement>('#app [data-focus-id^="title-lang-"]'))
    button.setAttribute('aria-pressed', String(button.getAttribute('lang') === lang));
}

const saved = options.mode === 'home' ? parsed(record) : null;
const settings = saved?.state?.settings;
html.dataset.textSize = typeof settings?.textSize === 'string' ? settings.textSize : 'normal';
html.dataset.reducedMotion = String(effectiveReducedMotion(typeof settings?.reducedMotion === 'boolean' ? settings.reducedMotion : null));
html.dataset.contrast = effectiveHighContrast(typeof settings?.highContrast === 'boolean' ? settings.highContrast : null)
  ? 'high'
  : 'normal';

const lang = startLanguage({ search: location.search, stored: () => record, browserLanguages: navigator.languages });
speak(lang);

if (app && (options.mode !== 'home' || saved?.state?.progress?.current)) {
  const placeholder = document.createElement('div');
  placeholder.className = 'boot-placeholder';
  placeholder.setAttribute('aria-hidden', 'true');
  app.replaceChildren(placeholder);
} else if (app) {
  // Pressed before the game has arrived: remembered, shown as busy, done the moment it arrives.
  app.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-focus-id]');
    if (!button) return;
    const code = button.getAttribute('lang');
    if (button.dataset.focusId?.startsWith('title-lang-') && isLangCode(code)) {
      handover.lang = code;
      speak(code);
      return;
    }
    handover.action = button.dataset.focusId ?? null;
    button.setAttribute('aria-busy', 'true');
  });
  // After the frame that shows it: the control is on screen, not only in the document.
  requestAnimationFrame(() => setTimeout(() => performance.mark('tiko:first-control')));
}
