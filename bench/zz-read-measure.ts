import { readBundle } from '../electron/core/bundles/read-bundle.ts';
async function main() {
  const t = performance.now();
  const c = process.cpuUsage();
  const b = await readBundle('/tmp/bf-measure/run/b.glossator');
  const u = process.cpuUsage(c);
  console.log('readBundle wall s', ((performance.now() - t) / 1000).toFixed(2), 'cpu s', ((u.user + u.system) / 1e6).toFixed(2));
  const c2 = process.cpuUsage();
  let n = 0;
  for (const info of b.documentInfos) { await b.document(info.id); n += (await b.annotations(info.id)).length; }
  const u2 = process.cpuUsage(c2);
  console.log('lazy all cpu s', ((u2.user + u2.system) / 1e6).toFixed(2), n, 'rss MB', (process.memoryUsage().rss / 2 ** 20).toFixed(0));
  await b.close();
}
main();
