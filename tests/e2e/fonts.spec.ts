/**
 * Chinese, Arabic and emoji are drawn by the self-hosted subset fonts (scripts/vite/fontSubset.ts), and a
 * page fetches only the font files its own text needs.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, fr, openGame, say, test } from './fixtures';
import { button, onScreen, worldButton } from './support/play';
import { openMiniGame, seedProgress } from './support/miniGames';
import type { Lang } from '../support/locales';

// The service worker precaches every file in the background; these tests are about what the page
// itself asks for, so it stays off here (offline.spec.ts covers it).
test.use({ serviceWorkers: 'block' });

/** Font files the page has requested so far, by file name without the build hash. */
function watchFonts(page: Page): () => string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font')
      names.push(
        new URL(request.url()).pathname
          .split('/')
          .pop()!
          .replace(/-[\w-]{8}\.woff2$/, ''),
      );
  });
  return () => [...new Set(names)].sort();
}

/**
 * The fonts Chromium really drew an element's own text with (DevTools Protocol), once all loads
 * are done. The screen may be redrawn between marking the element and asking about it (words or
 * screens arriving replace the nodes), so a vanished node is asked about again.
 */
async function fontsDrawing(page: Page, element: Locator): Promise<{ familyName: string; isCustomFont: boolean }[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await probeFonts(page, element);
    } catch (error) {
      if (attempt >= 3 || !/Could not find node/i.test(String(error))) throw error;
    }
  }
}

async function probeFonts(page: Page, element: Locator): Promise<{ familyName: string; isCustomFont: boolean }[]> {
  await element.evaluate((el) => el.setAttribute('data-font-probe', ''));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-font-probe]' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map(({ familyName, isCustomFont }) => ({ familyName, isCustomFont }));
  } finally {
    await element.evaluate((el) => el.removeAttribute('data-font-probe'));
    await cdp.detach();
  }
}

/**
 * Faces of a family the page has loaded, by their weight and unicode-range. The first screen's
 * inline rules and the whole stylesheet both declare every face (the same file): counted once.
 */
const loadedFaces = (page: Page, family: string) =>
  page.evaluate(
    (name) =>
      [
        ...new Set(
          [...document.fonts]
            .filter((f) => f.family.replace(/["']/g, '') === name && f.status === 'loaded')
            .map((f) => JSON.stringify({ weight: f.weight, range: f.unicodeRange })),
        ),
      ].map((face) => JSON.parse(face) as { weight: string; range: string }),
    family,
  );

async function openFirstStoryLine(page: Page, lang: Lang): Promise<Locator> {
  await button(page, lang, 'title.play').click();
  await worldButton(page, lang, 'contact').click();
  await page.getByRole('button', { name: say(lang, fr('title')) }).click();
  const line = onScreen(page).getByText(say(lang, fr('request.line1')));
  await expect(line).toBeVisible();
  return line;
}

const isBigFile = (name: string) => /^tiko-(sc-(?!name-)|arabic-(400|700))/.test(name);

test('English title fetches no Chinese or Arabic files, its picker names inside the page; Chinese then draws with the self-hosted subset', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const fonts = watchFonts(page);
  await openGame(page, 'lang=en');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  if (process.env.FONTS_SHOTS) await page.screenshot({ path: `${process.env.FONTS_SHOTS}/fonts-en-title.png` });

  const onTitle = fonts();
  expect(onTitle.filter(isBigFile), 'big Chinese or Arabic files on an English page').toEqual([]);
  expect(onTitle).toContain('nunito-latin-400-normal');
  // The picker's names have their small faces inside the page (src/shell/shellFaces.ts): nothing to fetch.
  expect(onTitle.filter((n) => /^tiko-(arabic|sc)-name-/.test(n))).toEqual([]);
  // «中文» on the picker is drawn by its own small faces: ranges of its two characters only.
  expect((await loadedFaces(page, 'Tiko Sans SC')).map((f) => f.range).sort()).toEqual(['U+4E2D', 'U+6587']);
  const chineseName = page.locator('.language-button[lang="zh"]').first();
  expect(await fontsDrawing(page, chineseName)).toEqual([
    expect.objectContaining({ familyName: expect.stringMatching(/^Noto Sans SC/), isCustomFont: true }),
  ]);
  const arabicName = page.locator('.language-button[lang="ar"]').first();
  expect(await fontsDrawing(page, arabicName)).toEqual([expect.objectContaining({ familyName: 'Noto Sans Arabic', isCustomFont: true })]);

  await chineseName.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // The Chinese files come in groups, fetched as the child meets their text.
  const chinese = () => fonts().filter((n) => n.startsWith('tiko-sc-'));
  expect(
    chinese().filter((n) => !/^tiko-sc-(name|ui)-/.test(n)),
    'story glyphs on the title',
  ).toEqual([]);
  const line = await openFirstStoryLine(page, 'zh');
  if (process.env.FONTS_SHOTS) await page.screenshot({ path: `${process.env.FONTS_SHOTS}/fonts-zh.png` });
  // Every Han character of the line comes from the subset: no device font, no missing glyph.
  const drawn = await fontsDrawing(page, line);
  expect(
    drawn.filter((f) => !f.isCustomFont),
    'device fonts drawing Chinese',
  ).toEqual([]);
  expect(drawn.map((f) => f.familyName)).toContainEqual(expect.stringMatching(/^Noto Sans SC/));
  expect(chinese().some((n) => n.startsWith('tiko-sc-first-'))).toBe(true);
  expect(
    chinese().filter((n) => /^tiko-sc-(later|guide)-/.test(n)),
    'later worlds or guides in the first story',
  ).toEqual([]);
  expect(
    fonts().filter((n) => /^tiko-arabic-(400|700)/.test(n)),
    'Arabic on a Chinese page',
  ).toEqual([]);
});

test('Arabic draws with the self-hosted subset, whole words from one file', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const fonts = watchFonts(page);
  await openGame(page, 'lang=ar');
  const line = await openFirstStoryLine(page, 'ar');
  if (process.env.FONTS_SHOTS) await page.screenshot({ path: `${process.env.FONTS_SHOTS}/fonts-ar.png` });
  const drawn = await fontsDrawing(page, line);
  expect(
    drawn.filter((f) => !f.isCustomFont),
    'device fonts drawing Arabic',
  ).toEqual([]);
  expect(drawn.map((f) => f.familyName)).toContain('Noto Sans Arabic');
  // One file per weight, each holding every letter: a word never mixes two files.
  const arabic = await loadedFaces(page, 'Tiko Sans Arabic');
  expect(arabic.map((f) => f.weight).sort()).toEqual(['400', '700']);
  expect(new Set(arabic.map((f) => f.range)).size).toBe(1);
  const fetched = fonts();
  expect(fetched).toContain('tiko-arabic-400');
  expect(
    fetched.filter((n) => /^tiko-sc-(?!name-)/.test(n)),
    'Chinese on an Arabic page',
  ).toEqual([]);
});

test('an emoji in a chat is drawn by an emoji face, on a device without an emoji font by Tiko Emoji', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const fonts = watchFonts(page);
  await seedProgress(page, 'en');
  await openGame(page, 'lang=en');
  await button(page, 'en', 'title.play').click();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  expect(fonts(), 'the emoji face before any emoji is on screen').not.toContain('tiko-emoji-400');

  await openMiniGame(page, 'en', 'conduct');
  await page.locator('[data-focus-id=game-relaxed]').click();
  const line = onScreen(page).getByText(say('en', 'conduct-game:rounds.drawing.lines.laugh.mean'), { exact: true });
  await expect(line).toBeVisible();
  if (process.env.FONTS_SHOTS) await page.screenshot({ path: `${process.env.FONTS_SHOTS}/fonts-emoji-en.png` });
  const drawn = await fontsDrawing(page, line);
  // A device's colour emoji font may draw it (it comes first); a monochrome text font (system-ui's) never.
  const emojiFonts = drawn.filter(
    (f) => (f.isCustomFont && f.familyName === 'Noto Emoji') || /Color Emoji|Segoe UI Emoji/.test(f.familyName),
  );
  expect(emojiFonts, JSON.stringify(drawn)).toHaveLength(1);
  expect(
    drawn.filter((f) => f !== emojiFonts[0] && !f.isCustomFont),
    'device fonts drawing the line',
  ).toEqual([]);
  // The face itself has the glyph, wherever it is needed.
  expect(await page.evaluate(() => document.fonts.load('16px "Tiko Emoji"', '😂').then((faces) => faces.length))).toBe(1);
  expect(await page.evaluate(() => document.fonts.check('16px "Tiko Emoji"', '😂'))).toBe(true);
  if (emojiFonts[0].isCustomFont) expect(fonts()).toContain('tiko-emoji-400');
});
