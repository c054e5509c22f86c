/**
 * The rewards and credits in a real browser: the album fills after a story, the credits are
 * reached by keyboard from the title, and the certificate prints (A4 and Letter) with the typed
 * name on paper only. Progress is seeded through the saved state, not played, where a test
 * is about what follows it.
 */
import type { Page } from '@playwright/test';
import { ALL_SCENARIOS, WORLDS } from '../../src/content';
import { STORAGE_KEY, STORAGE_VERSION } from '../../src/state/storageKey';
import { LANG_CODES } from '../../src/i18n/languages';
import { expect, openGame, say, test } from './fixtures';
import { button, openWorld, playStorySafely, tabTo } from './support/play';

const total = WORLDS.reduce((n, w) => n + w.scenarios.length + 1, 0);

async function seed(page: Page, completed: string[], games: string[] = []): Promise<void> {
  await page.addInitScript(
    ({ key, version, completed, games }) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      const state = {
        settings: {
          language: 'en',
          sound: false,
          musicVolume: 0,
          effectsVolume: 0,
          textSize: 'normal',
          reducedMotion: true,
          highContrast: null,
        },
        progress: { completed, games, current: null },
      };
      localStorage.setItem(key, JSON.stringify({ version, state }));
    },
    { key: STORAGE_KEY, version: STORAGE_VERSION, completed, games },
  );
}

test('the sticker album fills after a story', async ({ page }) => {
  const world = WORLDS[0]!;
  const story = world.scenarios[0]!;
  await openGame(page, 'lang=en');
  await button(page, 'en', 'title.play').click();
  await button(page, 'en', 'art.album.open').click();
  await expect(page.getByText(say('en', 'art.album.count', undefined, { count: 0, total }))).toBeVisible();
  await button(page, 'en', 'nav.backToMap').first().click();
  await openWorld(page, 'en', world.family);
  await playStorySafely(page, 'en', story);
  await button(page, 'en', 'nav.backToMap').first().click();
  await button(page, 'en', 'art.album.open').click();
  await expect(page.getByText(say('en', 'art.album.count', undefined, { count: 1, total }))).toBeVisible();
  const sticker = page.locator('.album-collected', { hasText: say('en', story.title) });
  await expect(sticker.locator('.reward-art')).toBeVisible();
  await page.screenshot({ path: 'screenshots/art/album-en.png', fullPage: true });
});

test('the credits are reached from the title by keyboard alone', async ({ page }) => {
  await openGame(page, 'lang=en');
  await tabTo(page, say('en', 'art.credits.open'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: say('en', 'art.credits.title') })).toBeFocused();
  await expect(page.getByText('CC0 1.0', { exact: false })).toBeVisible();
  await page.screenshot({ path: 'screenshots/art/credits-en.png' });
});

for (const paper of [
  { name: 'A4', width: '210mm', height: '297mm' },
  { name: 'Letter', width: '8.5in', height: '11in' },
]) {
  test(`the certificate prints on one ${paper.name} page in all six languages, with the name on paper only`, async ({ page }) => {
    test.setTimeout(120_000);
    await seed(
      page,
      ALL_SCENARIOS.map((s) => s.id),
      WORLDS.map((w) => w.game.id),
    );
    for (const lang of LANG_CODES) {
      await page.emulateMedia({ media: 'screen' });
      await openGame(page, `lang=${lang}`);
      await button(page, lang, 'title.play').click();
      await button(page, lang, 'certificate.open').first().click();
      await page.getByLabel(say(lang, 'certificate.nameLabel')).fill('Amira');
      await expect(page.locator('.certificate-name')).toHaveText('Amira');
      await expect(page.locator('.art-certificate-badge > svg')).toHaveCount(WORLDS.length);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.certificate-tools')).toBeHidden();
      await expect(page.locator('.art-certificate')).toBeVisible();
      // Nothing spills out of the frame (the Russian and Spanish badge names once pushed the motto and date onto a second page).
      expect(await page.locator('.art-certificate').evaluate((el) => el.scrollHeight - el.clientHeight), lang).toBeLessThanOrEqual(1);
      await page.screenshot({ path: `screenshots/art/certificate-print-${paper.name}-${lang}.png`, fullPage: true });
      const pdf = await page.pdf({ width: paper.width, height: paper.height, printBackground: true });
      // One page: a PDF names its pages once each.
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length, lang).toBe(1);
      const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
      expect(stored).not.toContain('Amira');
    }
  });
}
