import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * A strict Content-Security-Policy for the built game. Only in the build:
 * Vite's dev server injects inline styles for hot reload.
 * `data:` and `blob:` images are Phaser's own built-in textures; `data:` media is
 * Howler's silent unlock sound.
 */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  // Howler unlocks audio by playing a tiny silent WAV written as a data: URL.
  "media-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
    },
  };
}

export default defineConfig({
  // Relative paths, so dist/ works from any folder of any static host.
  base: './',
  plugins: [
    contentSecurityPolicy(),
    VitePWA({
      // We register ourselves (src/ui/offline.ts) to choose when an update applies.
      injectRegister: false,
      registerType: 'prompt',
      manifest: {
        name: "Tiko's Safe Online Club",
        short_name: 'Tiko',
        description: 'A game about being safe, smart and kind online, for children aged 9 to 12.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#dff1ff',
        theme_color: '#2f6fde',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Everything every world needs in every language; .woff is left out, since every
        // browser that runs service workers reads .woff2.
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webm,mp3,webmanifest}'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: 'index.html',
        // A school's or event's configuration may change any day: fetch it fresh, fall back to the last copy.
        runtimeCaching: [{ urlPattern: /\/(help|kiosk)\.json$/, handler: 'NetworkFirst', options: { cacheName: 'site-config' } }],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Small icons may inline as data: URLs, which the CSP allows for images only.
    assetsInlineLimit: 4096,
    chunkSizeWarningLimit: 1600,
  },
  preview: { port: 4173, strictPort: true },
});
