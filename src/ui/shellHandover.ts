/**
 * main.ts takes over from the first screen written into index.html (src/shell/firstScreen.ts):
 * what the child did there before the game arrived is done now, and the focus stays where it was.
 */
import { FULL_STYLES, SHELL_HANDOVER, type ShellHandover } from '../shell/shellContract';
import { isLangCode, type LangCode } from '../i18n/languages';

export interface ShellState {
  handover: ShellHandover | null;
  /** The control that had the focus, by its `data-focus-id`. */
  focused: string | null;
}

/** Read before the app replaces the first screen's markup with its own. */
export function readShell(): ShellState {
  const handover = (window as unknown as Record<string, ShellHandover | undefined>)[SHELL_HANDOVER] ?? null;
  const focused = document.activeElement instanceof HTMLElement ? (document.activeElement.dataset.focusId ?? null) : null;
  return { handover, focused };
}

/** The language the child picked on the first screen, if it differs from the one started in. */
export function pickedLanguage(shell: ShellState, current: string): LangCode | null {
  const lang = shell.handover?.lang;
  return isLangCode(lang) && lang !== current ? lang : null;
}

/** Once the app's own first screen is drawn: the focus back where it was, then the pressed button pressed. */
export function finishHandover(shell: ShellState): void {
  const find = (id: string) => document.querySelector<HTMLElement>(`#app [data-focus-id="${CSS.escape(id)}"]`);
  if (shell.focused) find(shell.focused)?.focus();
  const action = shell.handover?.action;
  if (action) find(action)?.click();
  delete (window as unknown as Record<string, unknown>)[SHELL_HANDOVER];
}

/**
 * The whole stylesheet on screen, once its files have arrived (the first screen used only its
 * critical rules, inline). Also what styles the page when a host sending an older
 * Content-Security-Policy (without the first screen's hashes) blocked the inline copy.
 * A file that fails to load is switched on all the same: the page keeps what it has.
 */
export function fullStylesOn(): Promise<void> {
  const files = [...document.querySelectorAll<HTMLLinkElement>(`link[${FULL_STYLES}]`)];
  return Promise.all(
    files.map(
      (file) =>
        new Promise<void>((resolve) => {
          const on = () => {
            file.media = 'all';
            resolve();
          };
          // The page's load event comes after every linked file has loaded or failed: one that failed
          // before this script ran fires nothing more.
          if (file.sheet || document.readyState === 'complete') on();
          else {
            file.addEventListener('load', on, { once: true });
            file.addEventListener('error', on, { once: true });
            addEventListener('load', on, { once: true });
          }
        }),
    ),
  ).then(() => undefined);
}
