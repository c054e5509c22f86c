/**
 * Measures the built game the way a child on a weak laptop and a slow network
 * meets it: Chromium with 4x CPU throttling and a 1.6 Mbit/s, 150 ms network
 * (DevTools Protocol). Reports medians; never part of `npm test`, since the
 * machines here are shared and timings are noisy.
 *
 *   npm run bench            # builds first, 5 runs
 *   node scripts/bench.mjs --runs 3
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { serve } from './static-server.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const args = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-background-networking',
  '--disable-component-update',
];
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function measureOnce(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, locale: 'en-GB' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const finished = [];
  cdp.on('Network.loadingFinished', (e) => finished.push({ t: e.timestamp, bytes: e.encodedDataLength }));
  let navStart = 0;
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!navStart && e.type === 'Document') navStart = e.timestamp;
  });

  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('tiko:shell-ready').length > 0, null, { timeout: 120_000, polling: 50 });
  const shellMs = await page.evaluate(() => performance.getEntriesByName('tiko:shell-ready')[0].startTime);
  // Bytes that arrived before the first control was usable.
  const shellAt = navStart + shellMs / 1000;
  const bytesBeforeShell = finished.filter((f) => f.t <= shellAt + 0.001).reduce((n, f) => n + f.bytes, 0);

  await page.waitForFunction(() => performance.getEntriesByName('tiko:scene-ready').length > 0, null, { timeout: 180_000, polling: 100 });
  const sceneMs = await page.evaluate(() => performance.getEntriesByName('tiko:scene-ready')[0].startTime);
  await context.close();
  return { shellMs, sceneMs, bytesBeforeShell };
}

const server = await serve('dist');
const url = `http://127.0.0.1:${server.address().port}/?lang=en`;
const browser = await chromium.launch({ executablePath, args });
const results = [];
for (let i = 0; i < runs; i++) {
  const r = await measureOnce(browser, url);
  results.push(r);
  console.log(`run ${i + 1}: first control usable ${r.shellMs.toFixed(0)} ms, ${(r.bytesBeforeShell / 1024).toFixed(1)} KB before it; engine's first scene ${r.sceneMs.toFixed(0)} ms`);
}
await browser.close();
server.close();

const summary = {
  conditions: 'Chromium, CPU throttled 4x, network 1.6 Mbit/s down, 150 ms latency, cache disabled',
  runs,
  firstControlUsableMs: median(results.map((r) => r.shellMs)),
  bytesBeforeFirstControl: median(results.map((r) => r.bytesBeforeShell)),
  engineFirstSceneMs: median(results.map((r) => r.sceneMs)),
};
summary.ratio = summary.firstControlUsableMs / summary.engineFirstSceneMs;
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', JSON.stringify({ summary, results }, null, 2));
console.table({
  'first control usable (ms)': summary.firstControlUsableMs.toFixed(0),
  'bytes before it (KB, as sent)': (summary.bytesBeforeFirstControl / 1024).toFixed(1),
  "engine's first scene (ms)": summary.engineFirstSceneMs.toFixed(0),
  'ratio first control / first scene': summary.ratio.toFixed(2),
});
