/**
 * A phone in six languages (issue 16): the top bar keeps one row, the "works offline" note
 * covers no control, and extra-large text leaves the story's picture and Tiko room on screen.
 * Each test walks to a story's first choice once, then changes the language in Settings and
 * measures at 360×740 and 390×844.
 */
import type { Locator, Page } from '@playwright/test';
import { WORLDS } from '../../src/content';
import { expect, openGame, say, test } from './fixtures';
import { button, escape, worldButton } from './support/play';
import type { Lang } from '../support/locales';

// The service worker is the point here (the suite blocks it elsewhere: playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

const LANGS: Lang[] = ['en', 'fr', 'ru', 'es', 'ar', 'zh'];
const PHONES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
];
const SHOTS = process.env.PHONE_SHOTS;

/** From the title to the first story's first choice, in English. */
async function toFirstChoice(page: Page): Promise<void> {
  const scenario = WORLDS[0]!.scenarios[0]!;
  await button(page, 'en', 'title.play').click();
  await worldButton(page, 'en', 'contact').click();
  await page.getByRole('button', { name: new RegExp(escape(say('en', scenario.title))) }).click();
  const first = scenario.steps.find((s) => s.id === scenario.start)!;
  for (const _ of first.lines) await button(page, 'en', 'scenario.next').click();
  await expect(page.locator('.choices')).toBeVisible();
}

/** Opens Settings in `lang`, makes a change, and closes it in `after` (the language it leaves). */
async function inSettings(page: Page, lang: Lang, change: (dialog: Locator) => Promise<unknown>, after = lang): Promise<void> {
  await button(page, lang, 'settings.open').click();
  await change(page.getByRole('dialog'));
  await expect(page.locator('html')).toHaveAttribute('lang', after);
  await button(page, after, 'settings.close').click();
}

/** Every language at both phone sizes, the page scrolled to its top; `check` measures. */
async function eachLanguageAndPhone(page: Page, check: (lang: Lang, label: string) => Promise<void>): Promise<void> {
  let current: Lang = 'en';
  for (const lang of LANGS) {
    if (lang !== current) await inSettings(page, current, (d) => d.getByLabel(say(current, 'settings.language')).selectOption(lang), lang);
    current = lang;
    await expect(page.locator('.choices')).toBeVisible();
    for (const size of PHONES) {
      await page.setViewportSize(size);
      await page.evaluate(() => scrollTo(0, 0));
      const label = `${lang} ${size.width}×${size.height}`;
      await check(lang, label);
    }
  }
}

const shoot = (page: Page, name: string) =>
  SHOTS ? page.screenshot({ path: `${SHOTS}/${name}-${page.viewportSize()!.width}.png` }) : Promise.resolve();

test('the top bar keeps one row in every language, Settings keeps its name and a full-size target', async ({ page }) => {
  await openGame(page, 'lang=en');
  await toFirstChoice(page);
  await eachLanguageAndPhone(page, async (lang, label) => {
    const settings = button(page, lang, 'settings.open');
    await expect(settings, label).toBeVisible();
    const bar = await page.locator('.topbar').evaluate((el) => {
      const boxes = [...el.children].map((c) => c.getBoundingClientRect()).filter((r) => r.height > 0);
      return {
        height: el.getBoundingClientRect().height,
        tallest: Math.max(...boxes.map((r) => r.height)),
        oneRow: boxes.every((r) => boxes.every((o) => r.top < o.bottom && o.top < r.bottom)),
        smallest: Math.min(...boxes.map((r) => Math.min(r.width, r.height))),
        fits: boxes.every((r) => r.left >= 0 && r.right <= innerWidth),
      };
    });
    expect(bar.oneRow, `${label}: the top bar's controls share one row`).toBe(true);
    expect(bar.height, `${label}: the bar is one control high`).toBeLessThanOrEqual(bar.tallest + 20);
    expect(bar.smallest, `${label}: targets of 44 px`).toBeGreaterThanOrEqual(44);
    expect(bar.fits, `${label}: inside the screen`).toBe(true);
    await shoot(page, `topbar-${lang}`);
  });
});

test('the "works offline" note takes its own place and covers no button', async ({ page }) => {
  test.slow();
  // The note goes by itself after a few seconds: the page's clock holds still while the test measures.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 5_000);
  await openGame(page, 'lang=en');
  await toFirstChoice(page);
  const note = page.locator('.toast');
  // The service worker's first install copies every world in every language (offline.spec.ts).
  await expect(note).toHaveText(say('en', 'offline.ready'), { timeout: 120_000 });
  await expect(note).toHaveAttribute('role', 'status');
  await eachLanguageAndPhone(page, async (lang, label) => {
    await expect(note, label).toHaveText(say(lang, 'offline.ready'));
    const covered = await note.evaluate((box) => {
      const n = box.getBoundingClientRect();
      return [...document.querySelectorAll('#app button')]
        .map((b) => ({ b, r: b.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.left < n.right && n.left < r.right && r.top < n.bottom && n.top < r.bottom)
        .map(({ b }) => b.textContent?.trim() || b.getAttribute('aria-label'));
    });
    expect(covered, `${label}: buttons under the note`).toEqual([]);
    await note.scrollIntoViewIfNeeded();
    await expect(note, label).toBeInViewport();
    await shoot(page, `offline-${lang}`);
  });
});

test('extra-large text leaves the story picture and Tiko room on a phone, and no word is clipped', async ({ page }) => {
  await openGame(page, 'lang=en');
  await inSettings(page, 'en', (d) => d.locator('input[value=larger]').check());
  await toFirstChoice(page);
  await eachLanguageAndPhone(page, async (lang, label) => {
    const room = await page.evaluate(() => {
      const stage = document.querySelector('.stage')!.getBoundingClientRect();
      const card = document.querySelector('.stage .situation')!.getBoundingClientRect();
      const clipped = [...document.querySelectorAll('#app :is(h1, h2, p, button, li, span)')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
        .map((el) => el.textContent?.trim().slice(0, 30));
      // The free area the stage publishes for the picture: above the card, 8 px in (stageSlot.ts).
      return { top: stage.top + 8, bottom: card.top - 8, clipped, sideways: document.documentElement.scrollWidth > innerWidth + 1 };
    });
    // Tiko stands in that area at up to 0.9 of its height, at least 70 px tall (StageScene.ts).
    expect(room.bottom - room.top, `${label}: room for the picture and Tiko`).toBeGreaterThanOrEqual(120);
    expect(room.top, `${label}: the picture starts on screen`).toBeGreaterThanOrEqual(0);
    expect(room.bottom, `${label}: and ends on screen`).toBeLessThanOrEqual(page.viewportSize()!.height);
    expect(room.clipped, `${label}: clipped words`).toEqual([]);
    expect(room.sideways, `${label}: no sideways scroll`).toBe(false);
    await shoot(page, `xl-${lang}`);
  });
});
