/**
 * Shared end-to-end fixtures. Every test fails if the page asks any host but
 * its own, throws, or breaks the Content-Security-Policy.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { text, type Lang } from '../support/locales';

export { expect };

export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const foreign: string[] = [];
      const errors: string[] = [];
      // Nothing may leave the machine: requests elsewhere are refused and recorded.
      await page.context().route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
        foreign.push(url);
        return route.abort('blockedbyclient');
      });
      page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) errors.push(`CSP: ${m.text()}`);
      });
      await use();
      expect(foreign, 'requests to hosts other than the game’s own').toEqual([]);
      expect(errors, 'errors on the page').toEqual([]);
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
export const say = (lang: Lang, key: string, count?: number, vars?: Record<string, string | number>) =>
  text(lang, key, count, vars);
export const fr = (key: string) => `contact:friendRequest.${key}`;
