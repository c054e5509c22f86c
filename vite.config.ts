import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { fontSubset } from './scripts/vite/fontSubset.ts';
import { iconModules } from './scripts/vite/iconModules.ts';
import { localisedManifest, localisedManifests } from './scripts/vite/manifests.ts';
import { firstScreen } from './scripts/vite/firstScreen.ts';
import { storyArt } from './scripts/vite/storyArt.ts';
import { voiceFiles, voiceLists } from './scripts/vite/voiceLists.ts';
import { worldColourCss } from './src/theme/worlds.ts';

/**
 * The first screen waits for two downloads in a row: the main script, then the interface words
 * it asks for. A tiny second entry (src/earlyWords.ts), placed before the main script, asks for
 * the words at once, so both arrive together. Vite would merge a second <script> in index.html
 * into the main entry, so it is its own build input and joins the page here.
 */
function earlyWordsEntry(): Plugin {
  return {
    name: 'early-words-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'earlyWords');
        if (!chunk) throw new Error('earlyWords entry missing from the build');
        // async: a deferred script would wait for the stylesheet before running.
        return [
          {
            tag: 'script',
            attrs: { type: 'module', async: true, crossorigin: true, src: `./${chunk.fileName}` },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}

/**
 * The worlds' colours come from src/theme/worlds.ts, the module the canvas reads too: the page
 * imports them as a stylesheet of their own, written here, so no style attribute is needed.
 */
function worldColours(): Plugin {
  const id = 'virtual:world-colours.css';
  const resolved = '/__world-colours.css';
  return {
    name: 'world-colours',
    resolveId: (source) => (source === id || source === resolved ? resolved : undefined),
    load: (source) => (source === resolved ? worldColourCss() : undefined),
  };
}

const VOICE_ENTRIES = Math.ceil(Object.values(voiceFiles()).reduce((n, keys) => n + keys.length, 0) * 1.2) || 4000;

export default defineConfig({
  // Relative paths, so dist/ works from any folder of any static host.
  base: './',
  plugins: [
    worldColours(),
    iconModules(),
    localisedManifests(),
    storyArt(),
    earlyWordsEntry(),
    voiceLists(),
    // The first screen inline in index.html, and the strict Content-Security-Policy with the
    // hashes of its script and style (src/security/contentSecurityPolicy.ts says why each source
    // is there). Only in the build: Vite's dev server injects inline styles for hot reload.
    firstScreen(),
    fontSubset(),
    VitePWA({
      // We register ourselves (src/ui/offline.ts) to choose when an update applies.
      injectRegister: false,
      registerType: 'prompt',
      // English in the file the plugin links; every language has its own (scripts/vite/manifests.ts).
      manifest: localisedManifest('en'),
      workbox: {
        // Everything every world needs in every language (the words are JSON in assets/; help.json
        // and kiosk.json are left to the runtime rule below); .woff is left out, since every
        // browser that runs service workers reads .woff2.
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webm,mp3,webmanifest}', 'assets/*.json'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: 'index.html',
        // A school's or event's configuration may change any day: fetch it fresh, fall back to the last copy.
        // The recorded voices (6 to 12 MB a language) are too many to fetch up front: each line is kept
        // once it has been heard, so a story played once online reads aloud offline too. A kiosk keeps
        // every voice of the event's languages (src/platform/keptVoices.ts), so the limit holds every
        // voice of every language, with room for a new version's.
        runtimeCaching: [
          { urlPattern: /\/(help|kiosk)\.json$/, handler: 'NetworkFirst', options: { cacheName: 'site-config' } },
          {
            urlPattern: /\/voices\/[a-z]{2}\/[0-9a-f]+\.ogg$/,
            handler: 'CacheFirst',
            options: { cacheName: 'voices', expiration: { maxEntries: VOICE_ENTRIES }, cacheableResponse: { statuses: [200] } },
          },
        ],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: {
    alias: [
      // Our own, smaller Phaser entry (src/vendor/phaser-tiko.cjs explains why). Phaser's
      // package exports hide its sources, so they are reached by path.
      { find: /^phaser$/, replacement: fileURLToPath(new URL('./src/vendor/phaser-tiko.cjs', import.meta.url)) },
      { find: /^phaser-src\//, replacement: fileURLToPath(new URL('./node_modules/phaser/src/', import.meta.url)) },
    ],
  },
  // Phaser's build flags: WebGL only (its Canvas renderer is deprecated in v4 and every browser
  // we target has WebGL), no Phaser sound (Howler owns audio), no debug or plugin extras.
  // Phaser's sources test `if (typeof FLAG)`, so the replacement is a boolean literal.
  define: {
    'typeof CANVAS_RENDERER': 'false',
    'typeof WEBGL_RENDERER': 'true',
    'typeof WEBGL_DEBUG': 'false',
    'typeof FEATURE_SOUND': 'false',
    'typeof PLUGIN_CAMERA3D': 'false',
    'typeof PLUGIN_FBINSTANT': 'false',
    'typeof EXPERIMENTAL': 'false',
    'typeof PLUGIN_3D': 'false',
  },
  build: {
    target: 'es2022',
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        // The printable lesson packs and the teacher's notes window (src/lesson/).
        lesson: fileURLToPath(new URL('./lesson.html', import.meta.url)),
        earlyWords: fileURLToPath(new URL('./src/earlyWords.ts', import.meta.url)),
      },
    },
    // Small icons may inline as data: URLs, which the CSP allows for images only.
    assetsInlineLimit: 4096,
    chunkSizeWarningLimit: 1600,
  },
  preview: { port: 4173, strictPort: true },
});
