import { defineConfig } from '@playwright/test';
import type { AppOptions } from './e2e/fixtures.ts';

/** Debian's Chromium, headless, with everything that would reach for the network turned off. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export default defineConfig<AppOptions>({
  testDir: 'e2e',
  // Playwright empties its output folder at start: keep it apart from reports/.
  outputDir: 'reports/playwright-artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Two cores: one test at a time, each with its own server and browser.
  workers: 1,
  fullyParallel: false,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium', shell: 'browser' } },
    { name: 'electron', use: { shell: 'electron' } },
  ],
});
