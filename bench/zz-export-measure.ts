import { join } from 'node:path';
import { ProjectStore } from '../electron/core/store/project-store.ts';
import { exportBundle } from '../electron/core/bundles/bundle-export.ts';
async function main() {
  const source = '/tmp/bf-measure/run/project';
  const store = await ProjectStore.open(source, { coder: { id: 'bench-coder', name: 'Bench' } });
  const t = performance.now();
  const c = process.cpuUsage();
  let snap = 0;
  const s = await exportBundle(store, { documents: { all: true }, layers: { all: true } }, '/tmp/bf-measure/run/b2.glossator', (p) => { if (p.done === 0) snap = performance.now() - t; });
  const u = process.cpuUsage(c);
  console.log('export wall s', ((performance.now() - t) / 1000).toFixed(2), 'cpu s', ((u.user + u.system) / 1e6).toFixed(2), 'snapshot ms', snap.toFixed(0), (s.bytes / 2 ** 20).toFixed(1), 'MB', 'rss MB', (process.memoryUsage().rss / 2 ** 20).toFixed(0));
  await store.close();
}
main();
