/**
 * A night at the science fair, compressed: many visitors walk up, play a
 * little, walk away, and the kiosk resets. Memory, DOM and the engine's
 * objects must not grow with the number of visitors.
 *
 *   npm run soak            (SOAK_CYCLES=200 by default)
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { expect, openGame, test } from '../e2e/fixtures';

const CYCLES = Number(process.env.SOAK_CYCLES ?? 200);
const HEAP_BUDGET_MB = 5;

test(`kiosk: ${CYCLES} visitors, then no growth beyond the budget`, async ({ page }) => {
  test.setTimeout(15 * 60_000);
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 5_000);
  await openGame(page, 'mode=kiosk');
  await expect(page.locator('html')).toHaveAttribute('data-kiosk', 'ready');
  // Let the engine boot and draw a few frames, then keep the clock in the test's hands.
  await page.clock.runFor(1_000);
  await page.waitForFunction(() => (window as unknown as { __tiko: { sceneReady: boolean } }).__tiko.sceneReady);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');

  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const dom = await page.evaluate(() => document.getElementsByTagName('*').length);
    const engine = await page.evaluate(() => (window as unknown as { __tiko: { engineStats: unknown } }).__tiko.engineStats);
    return { heapMB: usedSize / 1024 / 1024, dom, engine };
  };

  const visit = async () => {
    await page.locator('.attract-touch').click();
    await page.locator('.panel .primary').first().click();
    await page.locator('.panel .primary').first().click();
    await page.locator('[data-choice]').first().click();
    // Walk away: the idle warning, then the reset.
    await page.clock.fastForward(61_000);
    await expect(page.locator('.idle-dialog')).toBeVisible();
    await page.clock.fastForward(21_000);
    await expect(page.locator('.attract-touch')).toBeVisible();
  };

  // Warm up, so one-time loading (fonts, stories, sounds) is not counted as growth.
  for (let i = 0; i < 5; i++) await visit();
  const before = await measure();
  for (let i = 0; i < CYCLES; i++) await visit();
  const after = await measure();

  const report = { cycles: CYCLES, before, after, heapGrowthMB: after.heapMB - before.heapMB, domGrowth: after.dom - before.dom };
  console.log(JSON.stringify(report, null, 2));
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/soak.json', JSON.stringify(report, null, 2));
  expect(report.heapGrowthMB).toBeLessThan(HEAP_BUDGET_MB);
  expect(report.domGrowth).toBeLessThanOrEqual(5);
  expect(after.engine).toEqual(before.engine);
});
