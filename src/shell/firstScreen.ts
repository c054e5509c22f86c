/**
 * The first screen, before any download: the build writes the title screen's markup into
 * index.html (src/shell/titleShell.html, rendered by the real UI code, its words in all six
 * languages) with the critical stylesheet and two small inline scripts. Part one
 * (src/shell/firstScreenHead.ts) has already put the page in the child's language and settings;
 * this part, after the markup, labels the controls for screen readers and keeps what the child
 * does with the screen (a language picked, Play pressed, the focus) until main.ts takes over and
 * acts on it (src/ui/shellHandover.ts). Where part one chose another first screen (a kiosk, a
 * class, a story to continue), the loading placeholder takes the title's place.
 */
import { isLangCode } from '../i18n/languages';
import { FIRST_SCREEN_ATTRIBUTE, SHELL_HANDOVER, type ShellHandover } from './shellContract';
import { shellWords, speak } from './shellLanguage';

const html = document.documentElement;
const app = document.getElementById('app');
const words = shellWords();
const handover = (window as unknown as Record<string, ShellHandover | undefined>)[SHELL_HANDOVER];

// Again here: the head's copy ran before the manifest link and the labelled controls were parsed.
if (isLangCode(html.lang)) speak(html.lang, words);
if (app && html.getAttribute(FIRST_SCREEN_ATTRIBUTE) === 'placeholder') {
  const placeholder = document.createElement('div');
  placeholder.className = 'boot-placeholder';
  placeholder.setAttribute('aria-hidden', 'true');
  app.replaceChildren(placeholder);
  html.removeAttribute(FIRST_SCREEN_ATTRIBUTE);
} else if (app && handover) {
  // Pressed before the game has arrived: remembered, shown as busy, done the moment it arrives.
  app.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-focus-id]');
    if (!button) return;
    const code = button.getAttribute('lang');
    if (button.dataset.focusId?.startsWith('title-lang-') && isLangCode(code)) {
      handover.lang = code;
      speak(code, words);
      return;
    }
    handover.action = button.dataset.focusId ?? null;
    button.setAttribute('aria-busy', 'true');
  });
  // After the frame that shows it: the control is on screen, not only in the document.
  requestAnimationFrame(() => setTimeout(() => performance.mark('tiko:first-control')));
}
