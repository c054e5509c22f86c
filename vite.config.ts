import { defineConfig, type Plugin } from 'vite';

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
  plugins: [contentSecurityPolicy()],
  build: {
    target: 'es2022',
    // Small icons may inline as data: URLs, which the CSP allows for images only.
    assetsInlineLimit: 4096,
    chunkSizeWarningLimit: 1600,
  },
  preview: { port: 4173, strictPort: true },
});
