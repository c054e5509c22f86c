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

export default defineConfig({
  testDir: './tests/e2e',
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
    trace: 'retain-on-failure',
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
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: /screenshots\.spec\.ts/ },
    { name: 'screenshots', use: { ...devices['Desktop Chrome'] }, testMatch: /screenshots\.spec\.ts/ },
    // Run with `npm run soak`; CI runs a shorter one (SOAK_CYCLES) through `npm test`.
    { name: 'soak', use: { ...devices['Desktop Chrome'] }, testDir: './tests/soak', testMatch: /\.soak\.ts$/ },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
