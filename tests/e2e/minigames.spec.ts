/**
 * Each mini-game played to its end by mouse with drag, by touch, by keyboard
 * alone and in Arabic (mirrored), starting from a seeded progress so the game
 * opens directly; the class votes per item in class mode.
 */
import { RISK_FAMILIES } from '../../src/content';
import { FULL, expect, openGame, say, test } from './fixtures';
import { continueMiniGame as playMiniGameFromHere, openMiniGame, playMiniGame, seedProgress } from './support/miniGames';
import { button } from './support/play';

async function toMap(page: import('@playwright/test').Page, lang: 'en' | 'ar' | 'zh' | 'fr' | 'es' | 'ru', query = '') {
  await seedProgress(page, lang);
  await openGame(page, `lang=${lang}${query}`);
  await button(page, lang, 'title.play').click();
}

// A whole game per test, on a shared machine: more time than one screen's worth.
test.describe.configure({ timeout: 240_000 });

for (const family of RISK_FAMILIES) {
  test.describe(`${family} mini-game`, () => {
    // Arabic drags too: the English drag walk repeats it for the full run only (npm run test:full).
    test('by mouse, dragging where things look draggable', FULL, async ({ page }) => {
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
    // Every game's controls are the same buttons under a finger: one game tapped in every run, all four in the full run.
    test('by taps on a phone', family === 'contract' ? {} : FULL, async ({ page }) => {
      await toMap(page, 'en');
      const game = await openMiniGame(page, 'en', family);
      await playMiniGame(page, 'en', game, 'touch');
    });
  });
}

test('in class mode the class votes on every item before the teacher plays it', async ({ page }) => {
  // A class opens every world from the map.
  await openGame(page, 'mode=class&lang=en');
  const game = await openMiniGame(page, 'en', 'contact');
  await expect(page.locator('[data-focus-id=game-challenge]')).toHaveCount(0);
  await playMiniGame(page, 'en', game, 'drag', { classMode: true });
  expect(await page.locator('.vote-chart').count()).toBe(0);
  await expect(page.getByRole('heading', { name: say('en', 'miniGames.triage.resultsTitle') })).toBeVisible();
});

// Screenshots to look at (MINIGAME_SHOTS=<folder>): each game mid-play and at its results, three languages, two sizes.
const SHOTS = process.env.MINIGAME_SHOTS;
for (const lang of ['en', 'ar', 'zh'] as const)
  for (const size of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ])
    test(`screenshots ${lang} ${size.width}×${size.height}`, async ({ page }) => {
      test.skip(!SHOTS, 'only when MINIGAME_SHOTS names a folder');
      test.setTimeout(240_000);
      await page.setViewportSize(size);
      await toMap(page, lang);
      for (const family of RISK_FAMILIES) {
        const game = await openMiniGame(page, lang, family);
        const shot = (name: string) => page.screenshot({ path: `${SHOTS}/${family}-${name}-${lang}-${size.width}.png` });
        await page.locator('[data-focus-id=game-relaxed]').click();
        if (game.type === 'detective') await page.locator('button[data-part]').first().click();
        if (game.type === 'kindness-remix') await page.locator('.kr-tile').first().click();
        await shot('play');
        await playMiniGameFromHere(page, lang, game, 'mouse');
        await shot('results');
        await page.locator('[data-focus-id=game-back]').click();
        await page.locator('[data-focus-id=topbar-back]').click();
      }
    });
