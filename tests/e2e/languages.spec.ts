/**
 * Languages in links, in the manifest and on the first screen (issue 16): the address keeps the
 * child's choice, region tags work, the installed app speaks the child's language, the title card
 * fits a laptop in all six, and the first screen, inline in index.html, is in the child's language
 * before any script has downloaded and does not move when the game takes it over.
 */
import type { Page } from '@playwright/test';
import { LANG_CODES, directionOf } from '../../src/i18n/languages';
import { expect, openGame, say, test } from './fixtures';
import { button, worldButton } from './support/play';
import { holdRequests } from './support/holdRequests';

/** The game's own script, held back: what the page shows is what index.html carries. */
const withoutMainScript = (page: Page) => page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());

const firstControl = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('tiko:first-control').length > 0, undefined, { polling: 50 });

/** Where the title's controls and texts are, to the pixel. */
const titleBoxes = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('#app [data-focus-id], #app h1, #app .tagline, #app .speech')].map((el) => {
        const r = el.getBoundingClientRect();
        return [el.dataset.focusId ?? el.className ?? el.tagName, [r.x, r.y, r.width, r.height].map(Math.round).join(',')];
      }),
    ),
  );

test('a language picked in Settings stays after a reload, even when the link named another', async ({ page }) => {
  await openGame(page, 'lang=fr&mode=home');
  await button(page, 'fr', 'settings.open').click();
  await page.locator('#settings-language').selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page).toHaveURL(/[?&]lang=es(&|$)/);
  await expect(page).toHaveURL(/[?&]mode=home(&|$)/);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-shell', 'ready');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(button(page, 'es', 'title.play')).toBeVisible();
});

test('links with region tags (ar-EG, zh-CN, zh_Hans, es-419) open in that language', async ({ page }) => {
  for (const [tag, lang] of [
    ['ar-EG', 'ar'],
    ['zh-CN', 'zh'],
    ['zh_Hans', 'zh'],
    ['es-419', 'es'],
  ] as const) {
    await openGame(page, `lang=${tag}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', directionOf(lang));
    await expect(button(page, lang, 'title.play')).toBeVisible();
  }
});

test('the installed game is named and described in the child’s language, and follows a change', async ({ page, request }) => {
  await openGame(page, 'lang=ar');
  const manifest = async () => {
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const response = await request.get(new URL(href!, page.url()).href);
    expect(response.ok()).toBe(true);
    return (await response.json()) as { name: string; short_name: string; description: string; lang: string; dir: string };
  };
  expect(await manifest()).toMatchObject({
    name: say('ar', 'app.title'),
    description: say('ar', 'app.description'),
    lang: 'ar',
    dir: 'rtl',
  });
  await page.locator('[data-focus-id="title-lang-zh"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
  expect(await manifest()).toMatchObject({ name: say('zh', 'app.title'), short_name: say('zh', 'app.shortName'), lang: 'zh', dir: 'ltr' });
});

test('before any script has downloaded, the page already speaks the child’s language and can be used', async ({ page }) => {
  await withoutMainScript(page);
  for (const lang of LANG_CODES) {
    await page.goto(`/?lang=${lang}`);
    await firstControl(page);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('lang', lang);
    await expect(html).toHaveAttribute('dir', directionOf(lang));
    await expect(page).toHaveTitle(say(lang, 'app.title'));
    await expect(page.getByRole('heading', { level: 1, name: say(lang, 'app.title') })).toBeVisible();
    await expect(button(page, lang, 'title.play')).toBeVisible();
    await expect(page.locator(`[data-focus-id="title-lang-${lang}"]`)).toHaveAttribute('aria-pressed', 'true');
  }
});

test('Play and a language pressed before the game has arrived are done when it arrives', async ({ page }) => {
  // The game's script waits until the child has pressed: a slow network, made certain.
  const release = await holdRequests(page, /\/assets\/index-[^/]+\.js$/);
  // Not waiting for the page's load event: the held script is part of it.
  await page.goto('/?lang=en', { waitUntil: 'commit' });
  await firstControl(page);
  await page.locator('[data-focus-id="title-lang-fr"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(button(page, 'fr', 'title.play')).toBeVisible();
  await button(page, 'fr', 'title.play').focus();
  await page.keyboard.press('Enter');
  await expect(button(page, 'fr', 'title.play')).toHaveAttribute('aria-busy', 'true');
  release();
  // The map, in French, without a second press.
  await expect(page.locator('html')).toHaveAttribute('data-shell', 'ready');
  await expect(worldButton(page, 'fr', 'contact')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test.describe('at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the title card fits the screen in all six languages, grown-ups’ and teachers’ buttons included', async ({ page }) => {
    for (const lang of LANG_CODES) {
      await openGame(page, `lang=${lang}`);
      await page.evaluate(() => document.fonts.ready);
      // Read in one go: the screen is redrawn when the stories' words arrive.
      const fit = await page.evaluate(() => ({
        teachersBottom: document.querySelector('[data-focus-id="for-teachers"]')!.getBoundingClientRect().bottom,
        pageHeight: document.documentElement.scrollHeight,
      }));
      expect(fit.teachersBottom, lang).toBeLessThanOrEqual(800);
      expect(fit.pageHeight, lang).toBeLessThanOrEqual(800);
    }
  });

  test('the game draws its title exactly where the first screen was: nothing moves when it takes over', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const lang of LANG_CODES) {
      await withoutMainScript(page);
      await page.goto(`/?lang=${lang}`);
      await firstControl(page);
      await page.evaluate(() => document.fonts.ready);
      const before = await titleBoxes(page);
      await page.unrouteAll();
      const game = await page.context().newPage();
      await game.emulateMedia({ reducedMotion: 'reduce' });
      await openGame(game, `lang=${lang}`);
      await game.evaluate(() => document.fonts.ready);
      expect(await titleBoxes(game), lang).toEqual(before);
      await game.close();
    }
  });

  // The fonts arriving reflow the first screen a little (font-display: swap, so the words show at
  // once in the device's font, and the game's face replaces it when it has arrived). What must not
  // move anything is the game and its words arriving. So the game's scripts are held back until
  // the first screen (from the HTML alone) has every face it uses, the language picker's Arabic and
  // Chinese names included, and shifts are counted from then: a face arriving late (it came after
  // the game on a busy machine) can no longer pass for the game moving things.
  test('no layout shift on the first screen while the game and its words arrive (English)', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.addInitScript(() => {
      const record = { shifts: [] as number[], from: Infinity };
      (window as unknown as { __shifts: typeof record }).__shifts = record;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!entry.hadRecentInput && entry.startTime > record.from) record.shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const release = await holdRequests(page, /\/assets\/[^/]+\.js$/);
    await page.goto('/?lang=en', { waitUntil: 'commit' });
    await firstControl(page);
    // Every face the first screen asked for is in, and a frame has been drawn with them.
    await page.waitForFunction(
      () =>
        document.fonts.status === 'loaded' &&
        [...document.fonts].every((face) => face.status !== 'loading') &&
        document.fonts.check('400 16px Nunito') &&
        document.fonts.check('800 16px Nunito'),
      undefined,
      { polling: 50 },
    );
    await page.evaluate(
      () =>
        new Promise<void>((done) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              (window as unknown as { __shifts: { from: number } }).__shifts.from = performance.now();
              done();
            }),
          ),
        ),
    );
    release();
    await expect(page.locator('html')).toHaveAttribute('data-words', 'all');
    await expect(page.locator('html')).toHaveAttribute('data-shell', 'ready');
    const { shifts } = await page.evaluate(() => (window as unknown as { __shifts: { shifts: number[] } }).__shifts);
    expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.001);
  });
});

test('a host still sending the policy without the first screen’s hashes: the game keeps its looks and its words', async ({
  page,
  guard,
}) => {
  await page.route(/\/(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const old = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'";
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': old } });
  });
  await openGame(page, 'lang=fr');
  // The browser refused the inline copies, as that host asks; the guard would count it as an error.
  guard.errors.length = 0;
  await expect(button(page, 'fr', 'title.play')).toBeVisible();
  const look = await page.locator('.play-button').evaluate((b) => getComputedStyle(b).backgroundColor);
  expect(look).not.toBe('rgba(0, 0, 0, 0)');
  expect(look).not.toBe('rgb(239, 239, 239)');
  // Every file of the whole stylesheet is switched on: the shared stylesheet and main.ts's own (the phone layout).
  await expect(page.locator('link[data-full-styles]:not([media="all"])')).toHaveCount(0);
  await expect(page.locator('.topbar')).toHaveCSS('flex-wrap', 'wrap');
});

test('the whole stylesheet, switched on after the first screen, comes before each screen’s own, as in the source', async ({ page }) => {
  await openGame(page, 'lang=en');
  await expect(page.locator('link[data-full-styles]').first()).toHaveAttribute('media', 'all');
  // The map and a world's screens bring their own stylesheets with their code: they must override the shared rules, not be overridden.
  await button(page, 'en', 'title.play').click();
  await worldButton(page, 'en', 'contact').click();
  const order = await page.evaluate(() =>
    [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => (l.hasAttribute('data-full-styles') ? 'full' : 'screen')),
  );
  expect(order).toContain('screen');
  expect(order.slice(order.lastIndexOf('full') + 1).every((kind) => kind === 'screen')).toBe(true);
  expect(order.indexOf('screen')).toBeGreaterThan(order.lastIndexOf('full'));
});
