/**
 * The early script (src/earlyWords.ts) fetches the interface words of the language the game will
 * speak, and main.ts uses that very download: one request, in the returning child's language.
 */
import { expect, openGame, say, test } from './fixtures';
import { button } from './support/play';

test('a returning child’s interface words are fetched once, in the language they chose', async ({ page }) => {
  await openGame(page, 'lang=en');
  await button(page, 'en', 'settings.open').click();
  await page.getByRole('dialog').getByLabel(say('en', 'settings.language')).selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  const interfaceWords: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/common-[\w-]+\.json$/.test(request.url())) interfaceWords.push(request.url());
  });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-shell', 'ready');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(button(page, 'fr', 'title.play')).toBeVisible();
  expect(interfaceWords).toHaveLength(1);
});
