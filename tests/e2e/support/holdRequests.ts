import type { Page } from '@playwright/test';

/**
 * A slow network, made certain: requests matching any of the patterns wait until the returned
 * function is called, then go on to the page's other routes (or the network). Tests use it to
 * make a child's press, or a visitor's touch, come before a download, however fast the machine.
 */
export async function holdRequests(page: Page, ...patterns: (string | RegExp)[]): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  for (const pattern of patterns)
    await page.route(pattern, async (route) => {
      await held;
      await route.fallback();
    });
  return release;
}
