/**
 * main.ts takes over from the first screen written into index.html (src/shell/firstScreen.ts):
 * what the child did there before the game arrived is done now, and the focus stays where it was.
 */
import { FALLBACK_STYLES, SHELL_HANDOVER, type ShellHandover } from '../shell/shellContract';
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
 * A host sending an older Content-Security-Policy (without the first screen's hashes) blocks the
 * inline stylesheet: its element then has no sheet. The stylesheets' files are switched on instead.
 */
export function keepStylesIfInlineBlocked(): void {
  if (document.querySelector('style')?.sheet) return;
  for (const file of document.querySelectorAll<HTMLLinkElement>(`link[${FALLBACK_STYLES}]`)) file.disabled = false;
}
