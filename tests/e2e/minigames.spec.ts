/**
 * Each mini-game played to its end by mouse with drag, by touch, by keyboard
 * alone and in Arabic (mirrored), starting from a seeded progress so the game
 * opens directly; the class votes per item in class mode.
 */
import { RISK_FAMILIES } from '../../src/content';
import { expect, openGame, say, test } from './fixtures';
import { openMiniGame, playMiniGame, seedProgress } from './support/miniGames';
import { button } from './support/play';

async function toMap(page: import('@playwright/test').Page, lang: 'en' | 'ar' | 'zh' | 'fr' | 'es' | 'ru', query = '') {
  await seedProgress(page, lang);
  await openGame(page, `lang=${lang}${query}`);
  await button(page, lang, 'title.play').click();
}

for (const family of RISK_FAMILIES) {
  test.describe(`${family} mini-game`, () => {
    test('by mouse, dragging where things look draggable', async ({ page }) => {
      await toMap(page, 'en');
      const game = await openMiniGame(page, 'en', family);
      await playMiniGame(page, 'en', game, 'drag');
    });

    test('by keyboard alone', async ({ page }) => {
      await toMap(page, 'en');
      const game = await openMiniGame(page, 'en', family);
      await page.locator('[data-focus-id=game-relaxed]').focus();
      await playMiniGame(page, 'en', game, 'keyboard');
    });

    test('in Arabic, mirrored, as the challenge', async ({ page }) => {
      await toMap(page, 'ar');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      const game = await openMiniGame(page, 'ar', family);
      await playMiniGame(page, 'ar', game, 'drag', { challenge: true });
    });
  });

  test.describe(`${family} mini-game by touch`, () => {
    test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });
    test('by taps on a phone', async ({ page }) => {
      await toMap(page, 'en');
      const game = await openMiniGame(page, 'en', family);
      await playMiniGame(page, 'en', game, 'touch');
    });
  });
}

test('in class mode the class votes on every item before the teacher plays it', async ({ page }) => {
  await openGame(page, 'mode=class&lang=en');
  await button(page, 'en', 'title.play').click();
  const game = await openMiniGame(page, 'en', 'contact');
  await expect(page.locator('[data-focus-id=game-challenge]')).toHaveCount(0);
  await playMiniGame(page, 'en', game, 'drag', { classMode: true });
  expect(await page.locator('.vote-chart').count()).toBe(0);
  await expect(page.getByRole('heading', { name: say('en', 'miniGames.triage.resultsTitle') })).toBeVisible();
});
