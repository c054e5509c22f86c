/**
 * A pretend app laid out right to left, the way an Arabic reader expects it: checked at each
 * practice step of the Arabic keyboard walk (curriculum.spec.ts) and, in the full run, at each
 * step opened on its own (practice.spec.ts).
 */
import type { Page } from '@playwright/test';
import type { PracticeStep } from '../../../src/content';
import { expect } from '../fixtures';

export async function expectMirroredApp(page: Page, step: PracticeStep): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const app = page.locator('.pretend-app').first();
  await expect(app).toBeVisible();
  expect(await app.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  if (step.task.task === 'popup-close') {
    // The ✕ sits at the start-side end of the title line: on the left in Arabic.
    await expect(app.locator('.pc-close').first()).toBeVisible();
    const title = await app.locator('.pc-popup-title').first().boundingBox();
    const close = await app.locator('.pc-close').first().boundingBox();
    expect(close!.x).toBeLessThan(title!.x);
  }
  if (step.task.task === 'spot-clues') {
    // Right to left: each part of the post starts at its right edge.
    await expect(page.locator('.cc-part').first()).toBeVisible();
    const post = await page.locator('.cc-post').first().boundingBox();
    const part = await page.locator('.cc-part').first().boundingBox();
    expect(post!.x + post!.width - (part!.x + part!.width)).toBeLessThan(20);
  }
}
