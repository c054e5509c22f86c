import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Tests run against the production build served by `vite preview`.
 * Where Debian's Chromium is installed (CI, machines without Playwright's own
 * browsers) we use it; elsewhere Playwright's bundled Chromium as usual.
 */
const systemChromium = '/usr/bin/chromium';
const useSystem = existsSync(systemChromium) && !process.env.PW_BUNDLED_BROWSER;
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const PORT = Number(process.env.PW_PORT ?? 4173);
// Several people (or helpers) can test their own builds side by side: PW_DIST=/tmp/my-dist.
const DIST = process.env.PW_DIST ? ` --outDir ${process.env.PW_DIST}` : '';

export default defineConfig({
  testDir: './tests/e2e',
  // Side-by-side runs (PW_DIST) keep their own results: Playwright empties its output folder at start.
  outputDir: process.env.PW_DIST ? `${process.env.PW_DIST}-results` : 'test-results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list']],
  // Generous: CI machines are shared and Chromium draws WebGL in software here.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Recording a trace of every test (kept only for failures) costs a quarter of the suite's time
    // (measured: 2.4 against 2.8–3.4 min for practice.spec). CI prints its failures in full and no one
    // opens its traces, so there it records none; PW_TRACE=retain-on-failure brings them back.
    trace: (process.env.PW_TRACE as 'off' | 'on' | 'retain-on-failure' | undefined) ?? (process.env.CI ? 'off' : 'retain-on-failure'),
    // A fresh context per test would install the service worker and copy every world in every language
    // in the background of every test (about a quarter of the suite's time). The game works without
    // one; offline.spec.ts, privacy.spec.ts and phone.spec.ts allow it where it is the point.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: useSystem ? systemChromium : undefined,
      args: [
        ...(asRoot ? ['--no-sandbox'] : []),
        // The machines here have no network: stop Chromium's own background calls.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    // Run with `npm run soak`; CI runs a shorter one (SOAK_CYCLES) through `npm test`. Listed first, so
    // its long single test starts beside the others instead of after them, with one worker idle.
    { name: 'soak', use: { ...devices['Desktop Chrome'] }, testDir: './tests/soak', testMatch: /\.soak\.ts$/ },
    // Most children in these tests asked for less movement: the stage then rests between changes,
    // which keeps long walks affordable where WebGL is drawn in software. scenario.spec.ts plays
    // with the default motion (tweens, fades, confetti).
    { name: 'chromium', use: { ...devices['Desktop Chrome'], reducedMotion: 'reduce' }, testIgnore: /screenshots\.spec\.ts/ },
    // Still poses make the pictures the same from run to run.
    { name: 'screenshots', use: { ...devices['Desktop Chrome'], reducedMotion: 'reduce' }, testMatch: /screenshots\.spec\.ts/ },
    // The benchmark (`npm run bench`, `npm run bench:quick`) runs only when asked for: it measures, it does not test.
    // The full run plays the 200-visitor soak first for its heap figure; the quick one reads the last soak's.
    ...(process.env.TIKO_BENCH
      ? [
          {
            name: 'bench',
            use: { ...devices['Desktop Chrome'] },
            testDir: './tests/bench',
            testMatch: /\.bench\.ts$/,
            dependencies: process.env.BENCH_QUICK ? [] : ['soak'],
          },
        ]
      : []),
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort${DIST}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
