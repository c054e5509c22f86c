/**
 * The locale files are plain JSON assets fetched from the game's own origin, not JavaScript
 * modules: a browser may remember a failed `import()` for the page's lifetime, so a word file
 * whose download dropped could never arrive after "Try again"; a failed `fetch` can be asked
 * again. The early script (src/earlyWords.ts) and i18n.ts share this module, so the interface
 * words it starts fetching are the very download main.ts waits for. It stays tiny because the
 * early script carries it: the worlds' files are listed in i18n.ts.
 */
import type { LangCode } from './languages';

export type WordBundle = Record<string, unknown>;

// Eager: only the URLs come with the script; the files come when asked.
// no-inline: a small file must stay a file, never a data: URL (the CSP's connect-src is 'self').
const interfaceFiles = import.meta.glob<string>('../../locales/*/common.json', { query: '?url&no-inline', import: 'default', eager: true });

/** The URL of a language's interface words (common.json). */
export function interfaceWordsUrl(lang: LangCode): string | undefined {
  return interfaceFiles[`../../locales/${lang}/common.json`];
}

const downloads = new Map<string, Promise<WordBundle>>();

/**
 * One word file. A download in progress or done is shared; one that failed is forgotten, so
 * the next call asks the network again.
 */
export function fetchWordFile(url: string): Promise<WordBundle> {
  let download = downloads.get(url);
  if (!download) {
    download = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json() as Promise<WordBundle>;
    });
    downloads.set(url, download);
    download.catch(() => downloads.delete(url));
  }
  return download;
}
