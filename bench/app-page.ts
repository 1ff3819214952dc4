import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/chromium-args.ts';
import { startServer } from './server-bench.ts';

/** Runs `use` on the app serving `projectDir`, in headless Chromium, once the Library shows; then stops both. */
export async function withAppPage(
  projectDir: string,
  configDir: string,
  use: (page: Page) => Promise<void>,
): Promise<void> {
  const server = await startServer(projectDir, configDir);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url);
    await page.locator('button.doc-row').first().waitFor();
    await use(page);
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** Shows a view by its address, as the browser's Back and Forward do (no reload). */
export async function showRoute(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    history.pushState(null, '', h);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, hash);
}
