import { expect, say, test } from './fixtures';
import type { Lang } from '../support/locales';
import { toPractice } from './support/toContentPractice';

/** Pictures of the content world's pretend apps to look at (SHOTS=1), in three scripts at two sizes. */
test.skip(!process.env.SHOTS, 'pictures only when asked for');
test.describe.configure({ timeout: 180_000 });

const SIZES = [
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
];
for (const lang of ['en', 'ar', 'zh'] as Lang[]) {
  for (const size of SIZES) {
    const out = (name: string) => `${process.env.PW_DIST ?? '/tmp'}-shots/${name}-${lang}-${size.width}.png`;
    test(`video app ${lang} ${size.width}`, async ({ page }) => {
      await page.setViewportSize(size);
      await toPractice(page, lang, 'content-upsetting-video');
      await page.screenshot({ path: out('video') });
      await page.locator('[data-focus-id="vr-menu"]').click();
      await page.screenshot({ path: out('video-menu') });
      await page.locator('[data-focus-id="vr-menu-hide"]').click();
      await page.screenshot({ path: out('video-gone') });
    });
    test(`clues ${lang} ${size.width}`, async ({ page }) => {
      await page.setViewportSize(size);
      await toPractice(page, lang, 'content-ad-as-video');
      await page.locator('.cc-part').nth(2).click();
      await page.screenshot({ path: out('clues') });
      await page.locator('.cc-decision').first().click();
      await expect(page.getByRole('button', { name: say(lang, 'practice.rewind') })).toBeVisible();
      await page.screenshot({ path: out('clues-playout') });
    });
  }
}
