/**
 * Screens at a phone, a tablet and a projector size, in English, Arabic and
 * Chinese. Writes PNGs to screenshots/ for people to look at, and checks what
 * a machine can: no text spilling out of its box, no sideways scrolling,
 * every button at least 44 by 44 px, the right direction.
 *
 *   npm run screenshots
 */
import type { Page } from '@playwright/test';
import { expect, openGame, say, test, waitForScene } from './fixtures';
import { button, openWorld, playWorldToBadge } from './support/play';
import type { Lang } from '../support/locales';

const SIZES = [
  { width: 360, height: 640 },
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
];

async function checkLayout(page: Page, lang: Lang, label: string) {
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
    };
    if (document.documentElement.scrollWidth > innerWidth + 1)
      out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${innerWidth}`);
    // The stage fills the window after every resize (it once stayed at the previous, narrower size).
    const stage = document.querySelector('#game canvas')?.getBoundingClientRect();
    if (stage && (Math.abs(stage.width - innerWidth) > 1 || Math.abs(stage.height - innerHeight) > 1)) {
      out.push(`stage canvas ${Math.round(stage.width)}×${Math.round(stage.height)} on a ${innerWidth}×${innerHeight} window`);
    }
    for (const el of document.querySelectorAll('#app button, #app [role=button], dialog button')) {
      if (!visible(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 44 || r.height < 44)
        out.push(`small target ${Math.round(r.width)}×${Math.round(r.height)}: ${el.textContent?.trim() || el.getAttribute('aria-label')}`);
    }
    for (const el of document.querySelectorAll('#app h1, #app h2, #app p, #app button, #app li, #app label, #app span')) {
      if (!visible(el) || el.closest('.sr-only')) continue;
      const he = el as HTMLElement;
      if (he.scrollWidth > he.clientWidth + 1 && getComputedStyle(he).overflowX !== 'visible')
        out.push(`text clipped: ${he.textContent?.trim().slice(0, 40)}`);
      const r = he.getBoundingClientRect();
      if (r.right > innerWidth + 1 || r.left < -1) out.push(`outside the screen: ${he.textContent?.trim().slice(0, 40)}`);
    }
    return out;
  });
  expect(problems, `${label}`).toEqual([]);
  await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
}

async function shoot(page: Page, lang: Lang, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    // Let the canvas and layout settle; the game loop keeps drawing otherwise.
    await page.waitForTimeout(250);
    await checkLayout(page, lang, `${lang} ${name} ${size.width}×${size.height}`);
    await page.screenshot({ path: `screenshots/${lang}-${name}-${size.width}x${size.height}.png`, animations: 'disabled' });
  }
  await page.setViewportSize(SIZES[1]!);
}

for (const lang of ['en', 'ar', 'zh'] as const) {
  test(`screens in ${lang}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(SIZES[1]!);
    await openGame(page, `lang=${lang}`);
    await waitForScene(page);
    await shoot(page, lang, '1-title');
    await button(page, lang, 'title.play').click();
    await shoot(page, lang, '2-map');
    await openWorld(page, lang, 'contact');
    await shoot(page, lang, '3-world');
    await page.locator('[data-story]').first().click();
    await button(page, lang, 'scenario.next').click();
    await button(page, lang, 'scenario.next').click();
    await shoot(page, lang, '4-scenario-choices');
    await page.locator('[data-choice]').first().click();
    await shoot(page, lang, '5-scenario-outcome');
    await button(page, lang, 'settings.open').click();
    await shoot(page, lang, '7-settings');
  });
}

test('the reward screen in three languages, from one play-through', async ({ page }) => {
  // Five stories are the costly part: play them once, then switch language on the reward
  // screen, as a child may (the switch keeps the place; scenario.spec.ts tests that).
  test.setTimeout(240_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize(SIZES[1]!);
  await openGame(page, 'lang=en');
  await button(page, 'en', 'title.play').click();
  await playWorldToBadge(page, 'en', 'contact');
  await shoot(page, 'en', '6-reward');
  let current: Lang = 'en';
  for (const lang of ['ar', 'zh'] as const) {
    await button(page, current, 'settings.open').click();
    await page.getByLabel(say(current, 'settings.language')).selectOption(lang);
    await button(page, lang, 'settings.close').click();
    await expect(
      page.getByRole('heading', { name: say(lang, 'reward.title', undefined, { world: say(lang, 'world.contact') }) }),
    ).toBeVisible();
    await shoot(page, lang, '6-reward');
    current = lang;
  }
});
