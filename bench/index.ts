/**
 * `npm run bench`: generates its data, then prints one line per figure with
 * its budget. Budgets live here, not in timed unit tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpus, cyrillicText, seeded, spreadAnnotations, writeProject } from './generate-project.ts';
import { overBudgetCount, report } from './measure.ts';
import { readerBench } from './reader-bench.ts';
import { openLargeProject } from './server-bench.ts';
import { saveLatency } from './store-bench.ts';

const root = mkdtempSync(join(tmpdir(), 'glossator-bench-'));
const config = join(root, 'config');
try {
  let started = performance.now();
  const big = join(root, 'big');
  writeProject(big, corpus(10_000, 2_500, 5));
  console.log(
    `generated 10,000 documents, 50,000 annotations in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const small = join(root, 'small');
  writeProject(small, corpus(10, 2_500, 5));

  const bigMs = await saveLatency(big, '10,000 documents / 50,000 annotations');
  const smallMs = await saveLatency(small, '10 documents / 50 annotations');
  report('save latency ratio, large project / small project', bigMs / smallMs, '×', 1.5);

  await openLargeProject(big, config);

  started = performance.now();
  const long = join(root, 'long');
  const random = seeded(7);
  const text = cyrillicText(1_000_000, 2_000, random);
  writeProject(long, [
    {
      id: 'long-doc',
      title: 'Длинный документ',
      text,
      annotations: spreadAnnotations('long-doc', text, 5_000, random),
    },
  ]);
  console.log(
    `generated a ${text.length.toLocaleString('en')}-character document in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  await readerBench(long, config, 'Длинный документ');
} finally {
  rmSync(root, { recursive: true, force: true });
}
const over = overBudgetCount();
console.log(over ? `${over} figure(s) over budget` : 'all figures within budget');
