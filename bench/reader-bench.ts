import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/chromium-args.ts';
import { median, report } from './measure.ts';
import { startServer } from './server-bench.ts';

/** The app's measure `name` (to the start of the frame) and `name:painted` (to after its paint). */
export async function measureOf(page: Page, name: string): Promise<{ frame: number; painted: number }> {
  // No named inner functions here: the bench runs under tsx, which would wrap them in a helper the page lacks.
  const handle = await page.waitForFunction((n) => {
    const frame = performance.getEntriesByName(n, 'measure').at(-1)?.duration;
    const painted = performance.getEntriesByName(`${n}:painted`, 'measure').at(-1)?.duration;
    return frame !== undefined && painted !== undefined ? { frame, painted } : undefined;
  }, name);
  const value = (await handle.jsonValue()) as { frame: number; painted: number };
  await page.evaluate(() => performance.clearMeasures());
  return value;
}

/**
 * (a) open a 1,000,000-character document with 5,000 annotations in the
 * Reader, from the click to the first frame; (b) tag a selection with
 * 5,000 annotations present, from the key press to the frame that shows
 * it. Both are measured by the app's own performance marks, to the start of
 * that frame (all script work done; the budget) and to after its paint
 * (reported beside: in headless Chromium without a GPU, painting is done in
 * software and waits for the next vsync, so it overstates a desktop's).
 */
export async function readerBench(projectDir: string, configDir: string, title: string): Promise<void> {
  const server = await startServer(projectDir, configDir);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url);
    const opens: Array<{ frame: number; painted: number }> = [];
    for (let i = 0; i < 6; i++) {
      await page.locator('button.doc-row', { hasText: title }).click();
      await page.locator('.reader-text').waitFor();
      const m = await measureOf(page, 'glossator:open-frame');
      // The first open also compiles the code: reported apart.
      if (i === 0) report('Reader open, 1 MB text, 5,000 annotations, cold', m.frame, 'ms');
      else opens.push(m);
      if (i < 5) await page.getByRole('button', { name: '← Library' }).click();
    }
    report(
      'Reader open, 1 MB text, 5,000 annotations, to first frame (median)',
      median(opens.map((m) => m.frame)),
      'ms',
      400,
      `(after paint ${median(opens.map((m) => m.painted)).toFixed(0)} ms)`,
    );

    const tags: Array<{ frame: number; painted: number }> = [];
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
      // Let the scroll settle so the figure is the tagging alone.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
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
      median(tags.map((m) => m.frame)),
      'ms',
      16,
      `(after paint ${median(tags.map((m) => m.painted)).toFixed(0)} ms)`,
    );

    // Undo those taggings one by one (Ctrl+Z): the core takes each back and
    // saves, and the Reader removes its decoration.
    await page.locator('.reader-text').focus();
    const undos: Array<{ frame: number; painted: number }> = [];
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Control+z');
      undos.push(await measureOf(page, 'glossator:undo-frame'));
      // At a person's pace: the screen shows an undo before the core has saved
      // it, and a press within those few milliseconds waits for the save.
      await page.waitForTimeout(150);
    }
    report(
      'undo a tagging with 5,000 annotations present, to the frame that shows it (median)',
      median(undos.map((m) => m.frame)),
      'ms',
      16,
      `(after paint ${median(undos.map((m) => m.painted)).toFixed(0)} ms)`,
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}
