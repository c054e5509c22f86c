/**
 * Redraws for words that were asked for before their file arrived, and only for those. The
 * stories' files arrive one by one just after the first screen (about a dozen of them); the
 * title reads none of them, so redrawing it for each cost a slow phone a dozen layouts while the
 * child reached for Play, and moved Play under a finger or a test's click. A screen that did ask
 * for a word not here yet (i18next's 'missingKey', emitted because initI18n sets saveMissing)
 * is redrawn once its file arrives.
 */
import type { i18n } from 'i18next';

export function redrawWhenAwaitedWordsArrive(instance: i18n, redraw: () => void): void {
  const awaited = new Set<string>();
  instance.on('missingKey', (languages: readonly string[], ns: string) => {
    for (const lang of languages) awaited.add(`${lang}/${ns}`);
  });
  instance.store.on('added', (lang: string, ns: string) => {
    if (awaited.delete(`${lang}/${ns}`)) redraw();
  });
}
