import type { Page } from '@playwright/test';
import { WORLDS, findScenario } from '../../src/content';
import { expect, openGame, say, test } from './fixtures';
import { voiceKey } from '../../src/platform/voiceKey';
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

/** The organiser's way in (Ctrl+Alt+O, the event's PIN), then the panel's offline check. */
async function openOfflinePanel(page: Page, lang: 'ar' | 'fr'): Promise<void> {
  await page.keyboard.press('Control+Alt+o');
  const pin = page.getByLabel(say(lang, 'organiser.pin'));
  await pin.fill('2468');
  await pin.press('Enter');
  await page.getByRole('button', { name: say(lang, 'kioskPlus.offlineOpen') }).click();
}

test('a kiosk organiser keeps the event’s recorded voices on the device, and they play with the network off', async ({ page, context }) => {
  test.slow();
  // An Arabic stand: the panel reads right to left, and Arabic has the most voice files (about 11 MB).
  // The context's route: once the service worker serves the page, it fetches the file itself.
  await context.route('**/kiosk.json', (route) => route.fulfill({ json: { languages: ['ar'], pin: '2468' } }));
  await openGame(page, 'mode=kiosk');
  await expect(page.locator('html')).toHaveAttribute('data-kiosk', 'ready');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'ready', INSTALL);

  const openPanel = () => openOfflinePanel(page, 'ar');
  await openPanel();
  const count = page.locator('dd[data-voices="ar"]');
  // This page was opened before the game was kept: it would still play from the network.
  await expect(page.getByText(say('ar', 'kioskPlus.offlineGameReload'))).toBeVisible();
  // Not kept yet: the lines heard so far, of the language's whole list.
  await expect(count).toHaveText(/^\d[\d,]* من \d[\d,]*$/);
  await page.getByRole('button', { name: say('ar', 'kioskPlus.voicesKeep') }).click();
  await expect(page.getByRole('status').filter({ hasText: say('ar', 'kioskPlus.voicesDone') })).toBeVisible(INSTALL);
  await expect(count).toHaveText(say('ar', 'kioskPlus.voicesReady'));
  await expect(page.getByRole('button', { name: say('ar', 'kioskPlus.voicesKeep') })).toBeDisabled();
  await expect(page.locator('.kiosk-offline')).toHaveCSS('direction', 'rtl');

  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: say('ar', 'kioskPlus.offlineReload') }).click();
  await reloaded;
  await expect(page.locator('html')).toHaveAttribute('data-kiosk', 'ready');
  await openPanel();
  await expect(page.getByText(say('ar', 'kioskPlus.offlineGameReady'))).toBeVisible();
  await expect(page.locator('dd[data-voices="ar"]')).toHaveText(say('ar', 'kioskPlus.voicesReady'));

  // Offline, a line never read aloud here is there: a line of the tour's second story.
  await context.setOffline(true);
  const never = say('ar', findScenario('content-fake-news')!.steps[0]!.lines[0]!);
  const status = await page.evaluate((url) => fetch(url).then((r) => r.status), `voices/ar/${voiceKey(never)}.ogg`);
  expect(status).toBe(200);
  // The panel still knows, with the network gone, after the page was loaded again.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-kiosk', 'ready');
  await openPanel();
  await expect(page.locator('dd[data-voices="ar"]')).toHaveText(say('ar', 'kioskPlus.voicesReady'));
  await expect(page.getByText(say('ar', 'kioskPlus.offlineGameReady'))).toBeVisible();
  await context.setOffline(false);
});

test('a hosted kiosk keeps its languages’ voices by itself once the service worker serves it, with no organiser', async ({
  page,
  context,
}) => {
  test.slow();
  // The shipped kiosk.json keeps voices (keepVoices is on by default); one language keeps the test short.
  await context.route('**/kiosk.json', (route) => route.fulfill({ json: { languages: ['fr'] } }));
  await openGame(page, 'mode=kiosk');
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'ready', INSTALL);
  // The stand is switched off and on again, as the next morning: now the service worker serves it.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-kiosk', 'ready');
  await openOfflinePanel(page, 'fr');
  await expect(page.getByText(say('fr', 'kioskPlus.offlineGameReady'))).toBeVisible();
  await expect(page.locator('dd[data-voices="fr"]')).toHaveText(say('fr', 'kioskPlus.voicesReady'), INSTALL);
  await context.setOffline(true);
  const line = say('fr', findScenario('contact-friend-request')!.steps[0]!.lines[0]!);
  expect(await page.evaluate((url) => fetch(url).then((r) => r.status), `voices/fr/${voiceKey(line)}.ogg`)).toBe(200);
  await context.setOffline(false);
});
