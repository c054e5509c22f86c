import { chromium } from '@playwright/test';
const [,, lang='en', w='1280', h='800', steps='0', out='/tmp/shot.png'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
page.on('console', m => console.log('console', m.type(), m.text()));
page.on('pageerror', e => console.log('pageerror', e.message));
await page.goto(`http://127.0.0.1:4173/?lang=${lang}`);
await page.waitForFunction(() => window.__tiko?.sceneReady, null, { timeout: 20000 });
for (const s of steps.split(',').filter(x => x !== '0')) {
  if (s === 'play') await page.locator('.play-button').click();
  else if (s === 'next') await page.locator('.panel .primary').first().click();
  else if (s === 'settings') await page.locator('.settings-button').click();
  else await page.locator(`[data-choice="${s}"]`).click();
  await page.waitForTimeout(300);
}
await page.waitForTimeout(500);
await page.screenshot({ path: out });
await browser.close();
