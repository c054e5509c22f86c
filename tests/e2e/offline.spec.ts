import { WORLDS } from '../../src/content';
import { expect, openGame, say, test } from './fixtures';
import { button, playStorySafely, worldButton } from './support/play';

// The service worker is the point here (the suite blocks it elsewhere: playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/**
 * The service worker's first install copies every world in every language; on a loaded machine that
 * took longer than 30 s. The tests wait for its readiness (data-offline, the note), with a budget to match.
 */
const INSTALL = { timeout: 120_000 };

test('after one visit the game loads and plays with the network off', async ({ page, context }) => {
  test.slow();
  await openGame(page, 'lang=zh');
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'ready', INSTALL);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-shell', 'ready');
  await button(page, 'zh', 'title.play').click();
  await worldButton(page, 'zh', 'contact').click();
  await playStorySafely(page, 'zh', WORLDS[0]!.scenarios[0]!);
  await expect(page.getByRole('heading', { name: say('zh', 'scenario.doneTitle') })).toBeVisible();
  await context.setOffline(false);
});

test('the "works offline" note speaks the page’s language, also after a switch, and lets taps through', async ({ page }) => {
  test.slow();
  // The note goes by itself after a few seconds: the page's clock holds still, so a slow
  // machine's language switch cannot outlast it.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 5_000);
  await openGame(page, 'lang=en');
  const note = page.locator('.toast');
  await expect(note).toHaveText(say('en', 'offline.ready'), INSTALL);
  await button(page, 'en', 'settings.open').click();
  await page.getByRole('dialog').getByLabel(say('en', 'settings.language')).selectOption('ar');
  await expect(note).toHaveText(say('ar', 'offline.ready'));
  await button(page, 'ar', 'settings.close').click();
  await expect(note).toHaveCSS('pointer-events', 'none');
});
