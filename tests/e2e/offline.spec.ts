import { WORLDS } from '../../src/content';
import { expect, openGame, say, test } from './fixtures';
import { button, playStorySafely, worldButton } from './support/play';

test('after one visit the game loads and plays with the network off', async ({ page, context }) => {
  await openGame(page, 'lang=zh');
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'ready', { timeout: 30_000 });
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-shell', 'ready');
  await button(page, 'zh', 'title.play').click();
  await worldButton(page, 'zh', 'contact').click();
  await playStorySafely(page, 'zh', WORLDS[0]!.scenarios[0]!);
  await expect(page.getByRole('heading', { name: say('zh', 'scenario.doneTitle') })).toBeVisible();
  await context.setOffline(false);
});
