import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/chromium-args.ts';
import { median, report } from './measure.ts';
import { measureOf } from './reader-bench.ts';
import { startServer } from './server-bench.ts';

/**
 * Opening the actor view for an actor with 2,000 mentions across 1,000
 * documents: from the route change to the frame that shows the mentions.
 */
export async function actorViewBench(projectDir: string, configDir: string, actorIds: [string, string]): Promise<void> {
  const server = await startServer(projectDir, configDir);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url);
    await page.locator('button.doc-row').first().waitFor();
    const times: number[] = [];
    for (let i = 0; i < 8; i++) {
      // Alternate between two actors so each open loads and draws anew.
      await page.evaluate(
        (id) => {
          history.pushState(null, '', `#/actors/${id}`);
          window.dispatchEvent(new PopStateEvent('popstate'));
        },
        actorIds[i % 2],
      );
      const m = await measureOf(page, 'glossator:actor-view-frame');
      if (i > 0) times.push(m.frame);
    }
    report(
      'actor view, 2,000 mentions across 1,000 documents, to the frame that shows them (median)',
      median(times),
      'ms',
      200,
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}
