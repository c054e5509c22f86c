/**
 * Shared end-to-end fixtures. Every test fails if the page or its service
 * worker asks any host but its own, throws, or breaks the Content-Security-Policy.
 */
import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
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

/**
 * The browser counts two taps closer together than its double-tap window as one double tap, and
 * the game rightly lets a double tap act on one screen only (src/ui/tapGuard.ts). A child tapping
 * one thing at a time leaves more room than that; so does a test, or it would be testing the guard.
 * This is the one wait on the clock in the suite: a floor between two touches, never a race.
 */
const TAP_GAP_MS = 600;
const lastTap = new WeakMap<Page, number>();
export async function tapOnce(target: Locator): Promise<void> {
  const page = target.page();
  const since = Date.now() - (lastTap.get(page) ?? 0);
  if (since < TAP_GAP_MS) await page.waitForTimeout(TAP_GAP_MS - since);
  await target.tap();
  lastTap.set(page, Date.now());
}

/**
 * Tests tagged FULL repeat what every run already covers in another hand, size or language (the same
 * buttons by touch, axe in a third script): `npm test` leaves them out to keep CI short,
 * `npm run test:full` runs them too (and the axe walks in every axe language).
 */
export const FULL = { tag: '@full' } as const;

/** Plays through each media element's play(), or (`endAtOnce`) hears it to its end at once, so the next line follows. */
function recordPlays(endAtOnce: boolean): void {
  const w = window as unknown as { __played?: string[] };
  if (w.__played) return;
  const played: string[] = [];
  w.__played = played;
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    played.push(this.src);
    if (!endAtOnce) return play.call(this);
    queueMicrotask(() => this.dispatchEvent(new Event('ended')));
    return Promise.resolve();
  };
}

/**
 * Records the sound files the page plays (recorded voices, the jingle), from the next page load
 * (`from: 'load'`) or from now; returns a reader of what has played so far.
 */
export async function recordPlayedAudio(
  page: Page,
  { from = 'load', endAtOnce = false }: { from?: 'load' | 'now'; endAtOnce?: boolean } = {},
): Promise<() => Promise<string[]>> {
  if (from === 'load') await page.addInitScript(recordPlays, endAtOnce);
  else await page.evaluate(recordPlays, endAtOnce);
  return () => page.evaluate(() => (window as unknown as { __played?: string[] }).__played ?? []);
}
