import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/chromium-args.ts';
import { median, report } from './measure.ts';
import { startServer } from './server-bench.ts';

async function measureOf(page: Page, name: string): Promise<number> {
  const handle = await page.waitForFunction((n) => {
    const entries = performance.getEntriesByName(n, 'measure');
    return entries.length ? entries[entries.length - 1]?.duration : undefined;
  }, name);
  const value = (await handle.jsonValue()) as number;
  await page.evaluate(() => performance.clearMeasures());
  return value;
}

/**
 * (a) open a 1,000,000-character document with 5,000 annotations in the
 * Reader, from the click to the first painted frame; (b) tag a selection
 * with 5,000 annotations present, from the key press to the frame that
 * shows it. Both are measured by the app's own performance marks.
 */
export async function readerBench(projectDir: string, configDir: string, title: string): Promise<void> {
  const server = await startServer(projectDir, configDir);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url);
    const opens: number[] = [];
    for (let i = 0; i < 6; i++) {
      await page.locator('button.doc-row', { hasText: title }).click();
      await page.locator('.reader-text').waitFor();
      const ms = await measureOf(page, 'glossator:open-frame');
      if (i > 0)
        opens.push(ms); // the first open also compiles the code: reported apart
      else report('Reader open, 1 MB text, 5,000 annotations, cold', ms, 'ms');
      if (i < 5) await page.getByRole('button', { name: '← Library' }).click();
    }
    report('Reader open, 1 MB text, 5,000 annotations, to first frame (median)', median(opens), 'ms', 400);

    const tags: number[] = [];
    for (let i = 0; i < 40; i++) {
      await page.evaluate((n) => {
        const paragraphs = document.querySelectorAll('.reader-text p');
        const p = paragraphs[(n * 37) % paragraphs.length] as HTMLElement;
        p.scrollIntoView({ block: 'center' });
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        const node = walker.nextNode() as Text;
        const range = document.createRange();
        range.setStart(node, 0);
        range.setEnd(node, Math.min(node.data.length, 12));
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      }, i);
      await page.keyboard.press('1');
      tags.push(await measureOf(page, 'glossator:annotate-frame'));
    }
    await page
      .locator('.annotation-row.unsaved')
      .first()
      .waitFor({ state: 'detached' })
      .catch(() => {});
    report(
      'tag a selection with 5,000 annotations present, to the frame that shows it (median)',
      median(tags),
      'ms',
      16,
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}
