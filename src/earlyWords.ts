/**
 * A second, tiny entry, listed before the main script in index.html: it starts downloading the
 * interface words of the language the game will speak while the main script is still on its
 * way, so the first screen does not wait one more round trip for them. main.ts later asks for
 * the same file and gets the same download (src/i18n/wordFiles.ts). Both take the language from
 * src/state/startLanguage.ts; a wrong guess costs one small file, nothing else. A Chinese
 * player's font rules start here too.
 */
import { fetchWordFile, interfaceWordsUrl } from './i18n/wordFiles';
import { startLanguage } from './state/startLanguage';
import { STORAGE_KEY } from './state/storageKey';
import { loadChineseFonts } from './platform/chineseFonts';

function storedRecord(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // blocked storage: main.ts deals with it and tells a grown-up
  }
}

const lang = startLanguage({ search: location.search, stored: storedRecord, browserLanguages: navigator.languages });
// A failure is main.ts's to report: it asks again, and wordFiles has forgotten the failed try.
const url = interfaceWordsUrl(lang);
if (url) fetchWordFile(url).catch(() => undefined);
loadChineseFonts(lang);
