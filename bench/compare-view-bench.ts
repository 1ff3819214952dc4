import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { saveIdentity } from '../electron/core/user-settings.ts';
import { chromiumArgs, chromiumPath } from '../e2e/chromium-args.ts';
import { colleagueLayer } from './agreement-bench.ts';
import { cyrillicText, type GeneratedDocument, seeded, spreadAnnotations, writeProject } from './generate-project.ts';
import { median, report } from './measure.ts';
import { measureOf } from './reader-bench.ts';
import { startServer } from './server-bench.ts';

const coders = [
  { id: 'bench-coder', name: 'Bench' },
  { id: 'bench-colleague', name: 'Коллега' },
];

/** A 1,000,000-character document with 5,000 annotations of each of two coders. */
function longDocument(id: string, seed: number): GeneratedDocument {
  const random = seeded(seed);
  const text = cyrillicText(1_000_000, 2_000, random);
  const first = spreadAnnotations(id, text, 5_000, random);
  return { id, title: id, text, annotations: [...first, ...colleagueLayer(text, first, random)] };
}

/**
 * The Compare view (browser figures, by the app's own performance marks):
 * a 1,000,000-character document with 2 × 5,000 annotations to its first
 * frame (≤ 400 ms), and the next-disagreement key to the frame that shows
 * it (≤ 16 ms). Two such documents, opened in turn, so every open is a new
 * comparison. Needs the built app (npm run bench builds it).
 */
export async function compareViewBench(root: string): Promise<void> {
  const dir = join(root, 'compare-long');
  const config = join(root, 'compare-config');
  writeProject(dir, [longDocument('long-a', 21), longDocument('long-b', 22)], [], coders);
  // The server's coder is the first bench coder, so the view compares exactly the two layers.
  await saveIdentity(config, { coder: coders[0] as { id: string; name: string }, confirmed: true, language: 'en' });
  const server = await startServer(dir, config);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url);
    await page.waitForFunction(() => document.querySelector('nav') !== null);
    const opens: Array<{ frame: number; painted: number }> = [];
    for (let i = 0; i < 7; i++) {
      await page.evaluate(
        (id) => {
          location.hash = `#/compare/${id}`;
        },
        i % 2 ? 'long-b' : 'long-a',
      );
      const m = await measureOf(page, 'glossator:compare-frame');
      if (i === 0) report('Compare view, 1 MB text, 2 × 5,000 annotations, cold', m.frame, 'ms');
      else opens.push(m);
    }
    report(
      'Compare view, 1 MB text, 2 × 5,000 annotations, to first frame (median)',
      median(opens.map((m) => m.frame)),
      'ms',
      400,
      `(after paint ${median(opens.map((m) => m.painted)).toFixed(0)} ms)`,
    );
    const steps: Array<{ frame: number; painted: number }> = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press(']');
      steps.push(await measureOf(page, 'glossator:compare-step-frame'));
    }
    report(
      'Compare view, next disagreement to the frame that shows it (median)',
      median(steps.map((m) => m.frame)),
      'ms',
      16,
      `(after paint ${median(steps.map((m) => m.painted)).toFixed(0)} ms)`,
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}
