/**
 * Shared end-to-end fixtures. Every test fails if the page or its service
 * worker asks any host but its own, throws, or breaks the Content-Security-Policy.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { text, type Lang } from '../support/locales';

export { expect };

/** What a context did that a test must not allow: requests elsewhere, uncaught errors, CSP violations. */
export interface Watch {
  foreign: string[];
  errors: string[];
  /** Requests the service worker itself made: proof that the watch sees them too. */
  fromServiceWorker: string[];
}

const allowed = (url: string, origin: string) => url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin;

/**
 * Watches a whole browser context: its pages and its service worker. In Chromium
 * the context's routes and 'request' events include requests a service worker
 * makes (precache, runtime caching), and its 'console' events include the
 * worker's messages; page-level listeners would miss both.
 */
export async function watchContext(context: BrowserContext, origin: string): Promise<Watch> {
  const watch: Watch = { foreign: [], errors: [], fromServiceWorker: [] };
  const refuse = (url: string) => {
    if (!watch.foreign.includes(url)) watch.foreign.push(url);
  };
  // Nothing may leave the machine: requests elsewhere are refused and recorded.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (allowed(url, origin)) return route.continue();
    refuse(url);
    return route.abort('blockedbyclient');
  });
  // A second net, should a request ever get past routing (e.g. answered by a cache).
  context.on('request', (request) => {
    const url = request.url();
    if (request.serviceWorker()) watch.fromServiceWorker.push(url);
    if (!allowed(url, origin)) refuse(url);
  });
  context.on('weberror', (e) => watch.errors.push(`page error: ${e.error().message}`));
  context.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) watch.errors.push(`CSP: ${m.text()}`);
  });
  return watch;
}

export const test = base.extend<{ guard: Watch }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const watch = await watchContext(page.context(), new URL(baseURL ?? 'http://127.0.0.1').origin);
      await use(watch);
      expect(watch.foreign, 'requests to hosts other than the game’s own').toEqual([]);
      expect(watch.errors, 'errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

/** Opens the game and waits until the first screen can be used. */
export async function openGame(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query ? `?${query}` : ''}`);
  await expect(page.locator('html')).toHaveAttribute('data-shell', 'ready');
}

export async function waitForScene(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __tiko?: { sceneReady: boolean } }).__tiko?.sceneReady === true);
}

/** The text a child sees for a key, in a language: tests find controls by what they say. */
export const say = (lang: Lang, key: string, count?: number, vars?: Record<string, string | number>) => text(lang, key, count, vars);
export const fr = (key: string) => `contact:friendRequest.${key}`;
