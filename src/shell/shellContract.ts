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

/**
 * The attribute of the whole stylesheet's files. They are linked in the head after the inline
 * critical rules, for print only so they hold back no paint, and main.ts switches them on for
 * the screen before it draws anything the critical rules do not cover. In the head, they come
 * before the stylesheets Vite adds there later with each screen's code, as in the source order.
 */
export const FULL_STYLES = 'data-full-styles';

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
