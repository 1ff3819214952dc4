import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { corpus, writeProject } from './generate-project.ts';
import { ProjectStore } from '../electron/core/store/project-store.ts';
import { exportBundle } from '../electron/core/bundles/bundle-export.ts';
import { readBundle } from '../electron/core/bundles/read-bundle.ts';
async function main() {
  const coders = [
    { id: 'bench-coder', name: 'Bench' },
    { id: 'bench-colleague', name: 'Colleague' },
  ];
  const root = '/tmp/bf-measure/run';
  rmSync(root, { recursive: true, force: true });
  const source = join(root, 'project');
  const docs = [...corpus(10_000, 2_500, 5, 5)].map((doc) => ({
    ...doc,
    annotations: doc.annotations.map((a, i) => ({ ...a, coderId: coders[i % 2]!.id })),
  }));
  writeProject(source, docs, [], coders);
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const store = await ProjectStore.open(source, { coder: coders[0]! });
  await store.close();
  const again = await ProjectStore.open(source, { coder: coders[0]! });
  const rssBefore = process.memoryUsage().rss;
  let t = performance.now();
  const summary = await exportBundle(
    again,
    { documents: { all: true }, layers: { all: true } },
    join(root, 'b.glossator'),
  );
  console.log(
    'export s',
    ((performance.now() - t) / 1000).toFixed(2),
    summary.bytes / 2 ** 20,
    'MB',
    JSON.stringify(summary.annotations),
  );
  await again.close();
  t = performance.now();
  const bundle = await readBundle(join(root, 'b.glossator'));
  console.log('readBundle s', ((performance.now() - t) / 1000).toFixed(2));
  t = performance.now();
  let n = 0;
  for (const info of bundle.documentInfos) {
    await bundle.document(info.id);
    n += (await bundle.annotations(info.id)).length;
  }
  console.log('lazy read of every document s', ((performance.now() - t) / 1000).toFixed(2), n);
  await bundle.close();
  clearInterval(timer);
  console.log('rss before export MB', (rssBefore / 2 ** 20).toFixed(0), 'peak MB', (peak / 2 ** 20).toFixed(0));
}
main();
