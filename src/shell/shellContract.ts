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

/** On `<html>` while the title's markup must stay hidden: this visit starts on another screen (a kiosk, a class, a story to continue). */
export const FIRST_SCREEN_ATTRIBUTE = 'data-first-screen';

/** The attribute that names a word's language in the first screen's markup (each word is there in all six). */
export const WORD_LANGUAGE_ATTRIBUTE = 'data-l';

/**
 * The `<script type="application/json">` with the language picker's own small faces (the letters
 * of «العربية» and «中文»), for the first screen to add before its first layout.
 */
export const SHELL_FACES_ID = 'shell-faces';
export interface ShellFace {
  family: string;
  weight: string;
  unicodeRange: string;
  /** The woff2 file, base64. */
  data: string;
}
