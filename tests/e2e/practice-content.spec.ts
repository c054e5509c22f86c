import type { Page } from '@playwright/test';
import { findScenario } from '../../src/content';
import { expect, say, test } from './fixtures';
import { onScreen, practise, type How } from './support/play';
import { toPractice } from './support/toContentPractice';
import type { Lang } from '../support/locales';

/**
 * The content world's pretend apps (issue 12): spotting the clues in a post or
 * a video page, and stopping an upsetting video, each by mouse, by a finger, by
 * the keyboard alone and in Arabic, with the tempting ways played out and rewound.
 */
test.describe.configure({ timeout: 180_000 });

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
