/**
 * The privacy promises of the README, checked on the built game: nothing
 * leaves the device (pages and service worker alike), and after a whole
 * world of play the device holds one documented record and nothing else.
 */
import { expect, openGame, say, test, watchContext } from './fixtures';
import { button, playMiniGameByKeyboard, playWorldToBadge, screenButton, worldButton } from './support/play';
import { savedRecordErrors } from '../support/savedSchema';
import { WORLDS } from '../../src/content';
import { createHash } from 'node:crypto';
import { metaCsp } from '../../src/security/contentSecurityPolicy';

// The service worker is the point here (the suite blocks it elsewhere: playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

test('the guard sees the service worker’s own requests and would catch one to another host, an uncaught error or a CSP violation', async ({
  browser,
  baseURL,
}) => {
  // A context of our own, so the deliberate foreign request below cannot fail this test through the shared guard.
  const context = await browser.newContext();
  const watch = await watchContext(context, new URL(baseURL!).origin);
  const page = await context.newPage();
  await openGame(page, 'lang=en');
  // The build carries exactly the policy docs/DEPLOY.md documents, with the hashes of its own
  // inline first screen (its two inline scripts, in the head and after the markup, and the one inline style), and nothing else.
  const inline = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script:not([src]):not([type])')].map((s) => s.textContent ?? ''),
    styles: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
  }));
  expect(inline.scripts.length).toBe(2);
  expect(inline.styles.length).toBe(1);
  const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
  const policy = metaCsp({ script: inline.scripts.map(sha256), style: inline.styles.map(sha256) });
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(policy);
  // And the host file the build writes for hosts that send headers says the same, plus frame-ancestors.
  const headers = await (await page.request.get(new URL('_headers', page.url()).href)).text();
  expect(headers).toContain(`Content-Security-Policy: ${policy}; frame-ancestors 'none'`);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // The worker fetches its precache itself, and the guard sees those requests.
  await expect.poll(() => watch.fromServiceWorker.length).toBeGreaterThan(0);
  expect(watch.foreign).toEqual([]);
  const outcome = await worker.evaluate(() =>
    fetch('https://tracker.example/ping').then(
      () => 'sent',
      () => 'refused',
    ),
  );
  expect(outcome).toBe('refused');
  expect(watch.foreign).toEqual(['https://tracker.example/ping']);
  expect(watch.errors).toEqual([]);

  // The page's own nets: an uncaught error, an unhandled rejection, a refused inline style.
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error('thrown on purpose');
    });
    void Promise.reject(new Error('rejected on purpose'));
    document.body.setAttribute('style', 'color: red');
  });
  await expect.poll(() => watch.errors.length).toBeGreaterThanOrEqual(3);
  expect(watch.errors.join('\n')).toMatch(/thrown on purpose/);
  expect(watch.errors.join('\n')).toMatch(/rejected on purpose/);
  expect(watch.errors.join('\n')).toMatch(/CSP: .*style/);
  await context.close();
});

test('after a world to its badge, its mini-game and changed settings, the device holds only the documented record', async ({
  page,
  context,
}) => {
  test.setTimeout(300_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openGame(page, 'lang=en');
  await button(page, 'en', 'title.play').click();
  await playWorldToBadge(page, 'en', 'contact');
  await screenButton(page, 'en', 'nav.backToMap').click();
  await worldButton(page, 'en', 'contact').click();
  await playMiniGameByKeyboard(page, 'en', 'contact');

  await button(page, 'en', 'settings.open').click();
  await page.getByLabel(say('en', 'settings.textSizeLarge'), { exact: true }).check();
  // Emulated reduced motion ticks this box until the child chooses: choosing otherwise is a setting to keep.
  await page.getByLabel(say('en', 'settings.reducedMotion')).uncheck();
  await page.getByLabel(say('en', 'settings.soundOn')).uncheck();
  await page.getByLabel(say('en', 'settings.language')).selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  // The worker's caches are part of what the device holds: let them be written first.
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'ready', { timeout: 30_000 });
  const device = await page.evaluate(async () => ({
    local: Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
    session: sessionStorage.length,
    cookie: document.cookie,
    databases: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
  }));
  expect(Object.keys(device.local)).toEqual(['tiko-safe-online']);
  const raw = device.local['tiko-safe-online']!;
  expect(savedRecordErrors(raw)).toEqual([]);
  // The record really holds this play, so the schema check above was not run on an empty shell.
  const saved = JSON.parse(raw).state;
  const contact = WORLDS.find((w) => w.family === 'contact')!;
  expect([...saved.progress.completed].sort()).toEqual(contact.scenarios.map((s) => s.id).sort());
  expect(saved.progress.games).toEqual([contact.game.id]);
  expect(saved.settings).toMatchObject({ language: 'fr', sound: false, textSize: 'large', reducedMotion: false });

  expect(device.session).toBe(0);
  expect(device.cookie).toBe('');
  expect(await context.cookies()).toEqual([]);
  expect(device.databases).toEqual([]);
  // Only the service worker's caches: workbox's precache and the site files' fallback copy.
  for (const name of device.caches) expect(name).toMatch(/^(workbox-precache-v2-.+|site-config)$/);
  expect(device.caches.some((n) => n.startsWith('workbox-precache'))).toBe(true);
});
