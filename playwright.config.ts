import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './e2e/chromium-args.ts';
import type { AppOptions } from './e2e/fixtures.ts';

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
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium', shell: 'browser' } },
    { name: 'electron', use: { shell: 'electron' } },
  ],
});
