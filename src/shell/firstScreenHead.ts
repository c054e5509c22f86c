/**
 * The first screen, part one: in the head, before the parser reaches the markup, so the page
 * is laid out once, already in the child's language and settings (a text size saved at home,
 * less movement, high contrast). It picks the language as main.ts will
 * (src/state/startLanguage.ts). A kiosk, a class, or a child with a story to continue gets
 * another first screen: for them the title's markup stays hidden and part two
 * (src/shell/firstScreen.ts) puts the loading placeholder in its place.
 */
import { parseUrlOptions } from '../engine/urlOptions';
import { LANG_CODES } from '../i18n/languages';
import { effectiveHighContrast, effectiveReducedMotion } from '../platform/preferences';
import { startLanguage } from '../state/startLanguage';
import { STORAGE_KEY } from '../state/storageKey';
import { FIRST_SCREEN_ATTRIBUTE, SHELL_HANDOVER, type ShellHandover } from './shellContract';
import { addShellFaces } from './shellFaces';
import { shellWords, speak } from './shellLanguage';

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

addShellFaces();

const html = document.documentElement;
const record = storedRecord();
const options = parseUrlOptions(location.search, LANG_CODES);
const handover: ShellHandover = { lang: null, action: null };
(window as unknown as Record<string, ShellHandover>)[SHELL_HANDOVER] = handover;

const saved = options.mode === 'home' ? parsed(record) : null;
const settings = saved?.state?.settings;
html.dataset.textSize = typeof settings?.textSize === 'string' ? settings.textSize : 'normal';
html.dataset.reducedMotion = String(effectiveReducedMotion(typeof settings?.reducedMotion === 'boolean' ? settings.reducedMotion : null));
html.dataset.contrast = effectiveHighContrast(typeof settings?.highContrast === 'boolean' ? settings.highContrast : null)
  ? 'high'
  : 'normal';
if (options.mode !== 'home' || saved?.state?.progress?.current) html.setAttribute(FIRST_SCREEN_ATTRIBUTE, 'placeholder');

speak(startLanguage({ search: location.search, stored: () => record, browserLanguages: navigator.languages }), shellWords());
