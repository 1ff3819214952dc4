import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { defaultUnitRule } from '../shared/agreement/agreement-types.ts';
import { saveIdentity } from '../electron/core/user-settings.ts';
import { sessionDriver } from '../electron/core/testing/test-session.ts';
import { chromiumArgs, chromiumPath } from '../e2e/chromium-args.ts';
import { colleagueLayer } from './agreement-bench.ts';
import { cyrillicText, type GeneratedDocument, seeded, spreadAnnotations, writeProject } from './generate-project.ts';
import { median, percentile, report } from './measure.ts';
import { measureOf } from './reader-bench.ts';
import { startServer } from './server-bench.ts';

/**
 * Issue 17's budgets: merge what agrees over 1,000 documents × 2 coders ×
 * 20 annotations ≤ 2 s (through the real dispatch, store and journaled
 * write); one decision on that project and the decision log over it; and in
 * the browser, the next-undecided key to the frame that shows the unit
 * (≤ 16 ms, by the app's own performance marks).
 */
const coders = [
  { id: 'bench-coder', name: 'Bench' },
  { id: 'bench-colleague', name: 'Коллега' },
];
const coderIds = coders.map((c) => c.id);
const reason = { text: 'правило кодбука 3', quickReasons: [] };

/** Documents coded by both coders: most spans agree, some differ in tag or bounds, some only one coder marked. */
function* twoCoderCorpus(count: number, length: number, perCoder: number, seed: number): Generator<GeneratedDocument> {
  const random = seeded(seed);
  for (let i = 0; i < count; i++) {
    const id = `doc-${String(i).padStart(5, '0')}`;
    const text = cyrillicText(length, 6, random);
    const first = spreadAnnotations(id, text, perCoder, random);
    yield { id, title: `Документ ${i + 1}`, text, annotations: [...first, ...colleagueLayer(text, first, random)] };
  }
}

export async function curationBench(root: string): Promise<void> {
  const dir = join(root, 'curation-1k');
  writeProject(dir, twoCoderCorpus(1_000, 2_500, 20, 17), [], coders);
  const before = performance.now();
  const b = await sessionDriver(dir, coders[1] as { id: string; name: string });
  const openedBefore = performance.now() - before;
  try {
    const merge = () =>
      b.call('mergeAgreeing', { coderIds, documents: { all: true }, rule: 'unanimous', unit: defaultUnitRule });
    // Merged, undone, merged again: each merge starts from nothing decided; the first also warms the code.
    const times: number[] = [];
    let added = 0;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      added = (await merge()).summary.added;
      times.push(performance.now() - started);
      if (i < 2) await b.call('undo', {});
    }
    report(
      'curation merge what agrees (unanimous), 1,000 documents × 2 coders × 20 annotations (median of 3)',
      median(times),
      'ms',
      2_000,
      `(${added.toLocaleString('en')} units copied; first ${times[0]?.toFixed(0)} ms)`,
    );

    // One decision: take the colleague's version of the first undecided unit, in 30 documents in turn.
    const steps: number[] = [];
    for (let i = 0; i < 30; i++) {
      const query = { documentId: `doc-${String(i * 31).padStart(5, '0')}`, coderIds, unit: defaultUnitRule };
      const curation = await b.call('getCuration', query);
      // An undecided unit the colleague has a version in (not one only the first coder marked).
      const unit = curation.comparison.units.find(
        (u, at) => curation.units[at]?.state === 'undecided' && u.members[1] !== null,
      );
      if (!unit) continue;
      const started = performance.now();
      await b.call('decideUnit', {
        query,
        members: unit.members,
        action: { kind: 'take', coderId: coders[1]?.id as string },
        reason,
      });
      steps.push(performance.now() - started);
    }
    report(
      'curation decide one unit (take a version, with a reason) on that project (median)',
      median(steps),
      'ms',
      50,
      `p95 ${percentile(steps, 95).toFixed(1)} ms`,
    );

    const lists: number[] = [];
    let total = 0;
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      total = (await b.call('listDecisions', { filter: {} })).total;
      lists.push(performance.now() - started);
    }
    report(
      `curation decision log (listDecisions), ${total.toLocaleString('en')} decisions (median)`,
      median(lists),
      'ms',
      200,
    );
  } finally {
    await b.session.close();
  }
  // Every curated document has its own curation file, read at open: what they add to opening the project.
  const again = performance.now();
  const reopened = await sessionDriver(dir, coders[1] as { id: string; name: string });
  const openedAfter = performance.now() - again;
  const decisions = reopened.session.store.curationDecisions().length;
  await reopened.session.close();
  report(
    `curation open the 1,000-document project with its curation (1,000 curation files, ${decisions.toLocaleString('en')} decisions)`,
    openedAfter,
    'ms',
    1_000,
    `(${openedBefore.toFixed(0)} ms before any curation)`,
  );
  await nextUndecidedBench(root);
}

/**
 * The Compare view in curation mode over a 1,000,000-character document
 * with 2 × 5,000 annotations: the `.` key (next undecided) to the frame
 * that shows the unit selected. Needs the built app.
 */
async function nextUndecidedBench(root: string): Promise<void> {
  const dir = join(root, 'curation-long');
  const config = join(root, 'curation-config');
  const random = seeded(23);
  const text = cyrillicText(1_000_000, 2_000, random);
  const first = spreadAnnotations('long-c', text, 5_000, random);
  writeProject(
    dir,
    [{ id: 'long-c', title: 'long-c', text, annotations: [...first, ...colleagueLayer(text, first, random)] }],
    [],
    coders,
  );
  await decideOnLongDocument(dir);
  await saveIdentity(config, { coder: coders[0] as { id: string; name: string }, confirmed: true, language: 'en' });
  const server = await startServer(dir, config);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url);
    await page.waitForFunction(() => document.querySelector('nav') !== null);
    await page.evaluate(() => {
      location.hash = '#/compare/long-c';
    });
    await measureOf(page, 'glossator:compare-frame');
    await page.locator('label.cur-switch').click();
    await page.locator('[data-testid=curate-legend] li[data-state=undecided]').waitFor();
    const steps: Array<{ frame: number; painted: number }> = [];
    for (let i = 0; i < 31; i++) {
      await page.keyboard.press('Period');
      const m = await measureOf(page, 'glossator:curate-step-frame');
      // The first step also compiles the code: left out.
      if (i > 0) steps.push(m);
    }
    const frames = steps.map((m) => m.frame);
    report(
      'curation Compare view, 1 MB text, 2 × 5,000 annotations, next undecided unit to the frame that shows it (median)',
      median(frames),
      'ms',
      16,
      `(p95 ${percentile(frames, 95).toFixed(1)} ms; after paint ${median(steps.map((m) => m.painted)).toFixed(0)} ms)`,
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}

/**
 * One decision on the 1 MB document of 2 × 5,000 annotations: the core
 * forms the document's units again to check the unit is as it was shown,
 * so this is the decision's worst case.
 */
async function decideOnLongDocument(dir: string): Promise<void> {
  const b = await sessionDriver(dir, coders[0] as { id: string; name: string });
  try {
    const query = { documentId: 'long-c', coderIds, unit: defaultUnitRule };
    const curation = await b.call('getCuration', query);
    const units = curation.comparison.units.filter((u) => u.members[1] !== null).slice(0, 10);
    const steps: number[] = [];
    for (const unit of units) {
      const started = performance.now();
      await b.call('decideUnit', { query, members: unit.members, action: { kind: 'reject-all' }, reason });
      steps.push(performance.now() - started);
    }
    for (const _ of steps) await b.call('undo', {});
    report(
      'curation decide one unit on a 1 MB document of 2 × 5,000 annotations (median of 10)',
      median(steps),
      'ms',
      100,
      `p95 ${percentile(steps, 95).toFixed(1)} ms`,
    );
  } finally {
    await b.session.close();
  }
}
