import type { Page } from '@playwright/test';
import { WORLDS, findScenario, type PracticeStep } from '../../src/content';
import { isChooseStep } from '../../src/engine/steps';
import { expect, openGame, say, test } from './fixtures';
import { button, escape, onScreen, openWorld, practise, safeNext, type How } from './support/play';
import type { Lang } from '../support/locales';

/**
 * The content world's pretend apps (issue 12): spotting the clues in a post or
 * a video page, and stopping an upsetting video, each by mouse, by a finger, by
 * the keyboard alone and in Arabic, with the tempting ways played out and rewound.
 */
test.describe.configure({ timeout: 180_000 });

/** The content world opens once three contact stories are finished: a child who has played them. */
async function withContactDone(page: Page) {
  const done = WORLDS.find((w) => w.family === 'contact')!
    .scenarios.slice(0, 3)
    .map((s) => s.id);
  await page.addInitScript((completed) => {
    if (!localStorage.getItem('tiko-safe-online')) {
      localStorage.setItem(
        'tiko-safe-online',
        JSON.stringify({ state: { progress: { completed, games: [], current: null } }, version: 1 }),
      );
    }
  }, done);
}

/** From the title to a content story's practice step, taking the safe choice at each step before it. */
export async function toPractice(page: Page, lang: Lang, id: string): Promise<PracticeStep> {
  const scenario = findScenario(id)!;
  await withContactDone(page);
  await openGame(page, `lang=${lang}`);
  await button(page, lang, 'title.play').click();
  await openWorld(page, lang, 'content');
  await page.getByRole('button', { name: new RegExp(escape(say(lang, scenario.title))) }).click();
  let stepId = scenario.start;
  for (;;) {
    const step = scenario.steps.find((s) => s.id === stepId)!;
    for (const line of step.lines) {
      await expect(onScreen(page).getByText(say(lang, line))).toBeVisible();
      await button(page, lang, 'scenario.next').click();
    }
    if (!isChooseStep(step)) return step;
    const safe = step.choices.find((c) => c.kind === 'safe')!;
    await page.getByRole('button', { name: new RegExp(`^${escape(say(lang, safe.label))}`) }).click();
    await button(page, lang, 'scenario.continue').click();
    stepId = safeNext(step);
  }
}

async function playPractice(page: Page, lang: Lang, id: string, how: How) {
  const step = await toPractice(page, lang, id);
  await practise(page, lang, step, how, true);
  // On to the next step of the story: the practice led on.
  const next = findScenario(id)!.steps.find((s) => s.id === step.next)!;
  await expect(onScreen(page).getByText(say(lang, next.lines[0]!))).toBeVisible();
}

test.describe('by mouse', () => {
  test('upsetting video: sending it and playing the next one play out; pausing and "Don\'t show me this" make it go', async ({ page }) => {
    await playPractice(page, 'en', 'content-upsetting-video', 'mouse');
  });
  test('fake news: a fine part says so, sharing plays out, the clues unlock "Don\'t share yet"', async ({ page }) => {
    await playPractice(page, 'en', 'content-fake-news', 'mouse');
  });
});

test.describe('by touch', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });
  test('viral challenge: spotting the clues of the dare with a finger', async ({ page }) => {
    await playPractice(page, 'en', 'content-viral-challenge', 'touch');
  });
  test('upsetting video with a finger', async ({ page }) => {
    await playPractice(page, 'zh', 'content-upsetting-video', 'touch');
  });
});

test.describe('by keyboard alone', () => {
  test('ad as video: the clues on a video page, focus moving to the safe way once they are found', async ({ page }) => {
    await playPractice(page, 'fr', 'content-ad-as-video', 'keyboard');
  });
  test('upsetting video: pause, the menu by arrows, a report with a reason', async ({ page }) => {
    await playPractice(page, 'en', 'content-upsetting-video', 'keyboard');
  });
});

test.describe('in Arabic', () => {
  test('spot the clues by keyboard, the post mirrored', async ({ page }) => {
    const step = await toPractice(page, 'ar', 'content-fake-news');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    // Right to left: each part starts at the post's right edge.
    const post = await page.locator('.cc-post').boundingBox();
    const first = await page.locator('.cc-part').first().boundingBox();
    expect(post!.x + post!.width - (first!.x + first!.width)).toBeLessThan(20);
    await practise(page, 'ar', step, 'keyboard', true);
  });
  test('the video app by mouse', async ({ page }) => {
    await playPractice(page, 'ar', 'content-upsetting-video', 'mouse');
  });
  test('the video app by keyboard', async ({ page }) => {
    await playPractice(page, 'ar', 'content-upsetting-video', 'keyboard');
  });
});
