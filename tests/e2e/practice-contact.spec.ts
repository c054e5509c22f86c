/**
 * The contact world's pretend apps, each played by mouse, by a finger, by the keyboard alone and
 * in Arabic: a clear "no" from phrase tiles then screenshot and Block (photo-request), telling a
 * grown-up (meet-up), privacy settings (personal-details), mute and report in a voice chat
 * (gifts-voice-chat). The mouse and Arabic walks also try the less safe actions and rewind.
 * Pictures of each app go to PW_SHOTS (if set) at 1024×768 and 390×844.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { findScenario } from '../../src/content';
import { expect, openGame, say, test } from './fixtures';
import { button, onScreen, practise, walkToPractice, type Hands } from './support/play';
import type { Lang } from '../support/locales';

// A walk is a story's two choices and its app; on a shared, loaded machine a click can take seconds.
test.describe.configure({ timeout: 180_000 });

const STORIES = ['contact-photo-request', 'contact-meet-up', 'contact-personal-details', 'contact-gifts-voice-chat'] as const;
const SHOTS = process.env.PW_SHOTS;

async function shoot(page: Page, lang: Lang, name: string): Promise<void> {
  if (!SHOTS) return;
  const size = page.viewportSize();
  for (const [width, height] of [
    [1024, 768],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/${name}-${lang}-${width}x${height}.png` });
  }
  if (size) await page.setViewportSize(size);
}

/** axe on the screen as it is: no serious or critical finding. */
async function axe(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

/** Plays a story's practice, then checks the help card: the story's own words, the best fit first. */
async function playPractice(page: Page, lang: Lang, id: (typeof STORIES)[number], how: Hands, tryLessSafe: boolean) {
  const scenario = findScenario(id)!;
  await openGame(page, `lang=${lang}`);
  const step = await walkToPractice(page, lang, scenario);
  await shoot(page, lang, `${id}-start`);
  if (how === 'mouse') await axe(page, `${lang} ${id} app`);
  await practise(page, lang, step, how, tryLessSafe);
  await expect(onScreen(page).getByText(say(lang, scenario.keyMessage))).toBeVisible();
  await button(page, lang, 'scenario.next').click();
  await expect(page.getByRole('heading', { name: say(lang, 'scenario.help') })).toBeVisible();
  await expect(onScreen(page).getByText(say(lang, scenario.helpSay))).toBeVisible();
  await expect(page.locator('.hc-first')).toHaveText(say(lang, scenario.help[0]!));
  await shoot(page, lang, `${id}-help`);
  if (how === 'mouse') await axe(page, `${lang} ${id} help`);
}

for (const id of STORIES) {
  test.describe(id, () => {
    test('by mouse, trying the less safe actions first', async ({ page }) => {
      await playPractice(page, 'en', id, 'mouse', true);
    });

    test('by keyboard alone', async ({ page }) => {
      await playPractice(page, 'en', id, 'keyboard', false);
    });

    test('in Arabic, right to left, trying the less safe actions first', async ({ page }) => {
      await playPractice(page, 'ar', id, 'mouse', true);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    });

    test.describe('by touch', () => {
      test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });
      test('with a finger on a phone', async ({ page }) => {
        await playPractice(page, 'en', id, 'touch', false);
      });
    });
  });
}

for (const id of STORIES) {
  test(`${id} in Chinese (a picture for people to look at)`, async ({ page }) => {
    test.skip(!SHOTS, 'only when taking pictures');
    await openGame(page, 'lang=zh');
    await walkToPractice(page, 'zh', findScenario(id)!);
    await shoot(page, 'zh', `${id}-start`);
  });
}
