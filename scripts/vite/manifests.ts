import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { LANGUAGES, type LangCode } from '../../src/i18n/languages.ts';

/**
 * The web app manifest in each language: an installed game is named and described in the
 * language of the child who installed it, and reads in its direction. The page points its
 * `<link rel="manifest">` at the one for its language (src/platform/manifestLink.ts).
 */
const LOCALES = fileURLToPath(new URL('../../locales/', import.meta.url));

/** What every language's manifest shares: where the game starts, its colours and icons. */
export const MANIFEST_BASE = {
  start_url: './',
  scope: './',
  display: 'standalone' as const,
  background_color: '#dff1ff',
  theme_color: '#2f6fde',
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
    { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
  ],
};

export const manifestFile = (lang: LangCode): string => `manifest-${lang}.webmanifest`;

export function localisedManifest(lang: LangCode) {
  const words = JSON.parse(readFileSync(`${LOCALES}${lang}/common.json`, 'utf8')) as { app: Record<string, string> };
  const { title, shortName, description } = words.app;
  if (!title || !shortName || !description)
    throw new Error(`locales/${lang}/common.json lacks app.title, app.shortName or app.description`);
  const dir = LANGUAGES.find((l) => l.code === lang)!.dir;
  return { name: title, short_name: shortName, description, lang, dir, ...MANIFEST_BASE };
}

export function localisedManifests(): Plugin {
  return {
    name: 'localised-manifests',
    apply: 'build',
    generateBundle() {
      for (const { code } of LANGUAGES)
        this.emitFile({ type: 'asset', fileName: manifestFile(code), source: `${JSON.stringify(localisedManifest(code), null, 2)}\n` });
    },
  };
}
