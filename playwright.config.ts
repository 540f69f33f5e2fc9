import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/lib/browser';

// E2E_PORT lets two checkouts run their browser tests side by side.
const port = Number(process.env.E2E_PORT ?? 4329);
const browser = findChromium();
const launchOptions = { executablePath: browser.executablePath, args: browser.args };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions }, testIgnore: /screen-reader\.spec\.ts/ },
    // Site-wide quality checks set their own viewports and run once, in the desktop project.
    { name: 'phone', use: { ...devices['Pixel 7'], launchOptions }, testMatch: /(journeys|call)\.spec\.ts/ },
    {
      name: 'no-javascript',
      use: { ...devices['Pixel 7'], launchOptions, javaScriptEnabled: false },
      testMatch: /journeys\.spec\.ts/,
    },
    {
      // A virtual screen reader (tests/support/screen-reader.ts) injected into the built pages. It is
      // served as same-origin files, which today's script-src 'self' happens to allow; bypassCSP keeps it
      // working however strict the policy becomes. Only this project bypasses the policy: the others
      // load pages under it, and privacy.spec.ts checks it.
      name: 'screen-reader',
      use: { ...devices['Desktop Chrome'], launchOptions, bypassCSP: true },
      testMatch: /screen-reader\.spec\.ts/,
    },
  ],
  // Tests run against the built site, as it will be deployed; `npm test` builds it first.
  webServer: {
    command: `node node_modules/astro/bin/astro.mjs preview --port ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
