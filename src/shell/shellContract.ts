/** What the first screen in index.html (src/shell/firstScreen.ts) and main.ts agree on. */

/** The `<script type="application/json">` that holds the first screen's words, by language, then key. */
export const SHELL_WORDS_ID = 'shell-words';
export type ShellWords = Partial<Record<string, Record<string, string>>>;

/** The global the first screen leaves for main.ts: what the child did before the game arrived. */
export const SHELL_HANDOVER = '__tikoShell';
export interface ShellHandover {
  /** A language picked on the first screen. */
  lang: string | null;
  /** The `data-focus-id` of the button pressed, to press again once it works. */
  action: string | null;
}

/** The attribute of the stylesheet's file, linked but off while the inline copy styles the page. */
export const FALLBACK_STYLES = 'data-fallback-styles';
