/**
 * `npm run bench`: generates its data, then prints one line per figure with
 * its budget. Budgets live here, not in timed unit tests.
 * `npm run bench -- store` (or server, reader, actors, corpus, discourse, backups, bundles, agreement, exchange, curation, sync) runs one part only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actorViewBench } from './actor-bench.ts';
import { agreementBench } from './agreement-bench.ts';
import { compareViewBench } from './compare-view-bench.ts';
import { curationBench } from './curation-bench.ts';
import { syncBench } from './sync-bench.ts';
import { backupBench } from './backup-bench.ts';
import { bundleBench } from './bundle-bench.ts';
import { importBench, libraryBench, searchBench } from './corpus-bench.ts';
import { linkPickerBench, networkBuildBench, suggestionsBench } from './discourse-bench.ts';
import { exchangeBench } from './exchange-bench.ts';
import { networkViewBench } from './network-bench.ts';
import {
  benchActor,
  corpus,
  corpusMentioning,
  cyrillicText,
  seeded,
  spreadAnnotations,
  writeProject,
} from './generate-project.ts';
import { overBudgetCount, report } from './measure.ts';
import { readerBench } from './reader-bench.ts';
import { openLargeProject } from './server-bench.ts';
import { saveLatency } from './store-bench.ts';
import { hugeOpenBench, tagMergeBench, textCorrectionBench } from './store-change-bench.ts';

const only = process.argv
  .slice(2)
  .find((a) =>
    [
      'store',
      'server',
      'reader',
      'actors',
      'corpus',
      'discourse',
      'backups',
      'bundles',
      'agreement',
      'exchange',
      'curation',
      'sync',
    ].includes(a),
  );
const run = (part: string) => !only || only === part;
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

const root = mkdtempSync(join(tmpdir(), 'glossator-bench-'));
const config = join(root, 'config');
try {
  if (run('store') || run('server')) {
    const started = performance.now();
    const big = join(root, 'big');
    writeProject(big, corpus(10_000, 2_500, 5));
    console.log(`generated 10,000 documents, 50,000 annotations in ${seconds(started)} s`);
    if (run('store')) {
      const small = join(root, 'small');
      writeProject(small, corpus(10, 2_500, 5));
      const bigMs = await saveLatency(big, '10,000 documents / 50,000 annotations');
      const smallMs = await saveLatency(small, '10 documents / 50 annotations');
      report('save latency ratio, large project / small project', bigMs / smallMs, '×', 1.5);
      await textCorrectionBench(root);
      await tagMergeBench(root);
      hugeOpenBench(root);
    }
    if (run('server')) await openLargeProject(big, config);
  }
  if (run('backups')) await backupBench(root);
  if (run('bundles')) await bundleBench(root, config);
  if (run('exchange')) await exchangeBench(root);
  if (run('reader')) {
    const started = performance.now();
    const long = join(root, 'long');
    const random = seeded(7);
    const text = cyrillicText(1_000_000, 2_000, random);
    const annotations = spreadAnnotations('long-doc', text, 5_000, random);
    writeProject(long, [{ id: 'long-doc', title: 'Длинный документ', text, annotations }]);
    console.log(`generated a ${text.length.toLocaleString('en')}-character document in ${seconds(started)} s`);
    await readerBench(long, config, 'Длинный документ');
  }
  if (run('actors')) {
    const dir = join(root, 'actors');
    const actors = [benchActor('actor-a', 'Касым-Жомарт Токаев'), benchActor('actor-b', 'Еркин Тукумов')];
    const docs = [...corpusMentioning('actor-a', 1_000, 2)];
    // The second actor is named by the third and fourth annotation of each document.
    for (const doc of docs) {
      doc.annotations = doc.annotations.map((a, i) =>
        i === 2 || i === 3 ? { ...a, tagId: 'actor-mention', actorId: 'actor-b' } : a,
      );
    }
    writeProject(dir, docs, actors);
    await actorViewBench(dir, config, ['actor-a', 'actor-b']);
  }
  if (run('corpus')) {
    await importBench(root);
    await searchBench(root);
    libraryBench();
  }
  if (run('discourse')) {
    await linkPickerBench(root);
    networkBuildBench();
    await networkViewBench(root, config);
    await suggestionsBench(root);
  }
  if (run('agreement')) {
    await agreementBench(root);
    await compareViewBench(root);
  }
  if (run('curation')) await curationBench(root);
  if (run('sync')) await syncBench(root, config);
} finally {
  rmSync(root, { recursive: true, force: true });
}
const over = overBudgetCount();
console.log(over ? `${over} figure(s) over budget` : 'all figures within budget');
