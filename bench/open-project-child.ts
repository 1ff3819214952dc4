/** Opens and closes the project in argv[2]; prints the open's time, the close's time and the process's peak memory, as JSON. */
import { ProjectStore } from '../electron/core/store/project-store.ts';

const started = performance.now();
const store = await ProjectStore.open(process.argv[2] as string, { coder: { id: 'bench-coder', name: 'Bench' } });
const ms = performance.now() - started;
const info = store.info();
if (info.problems.length) throw new Error(info.problems[0]?.message);
const fromCatalog = store.fromCatalog;
const closing = performance.now();
await store.close();
const closeMs = performance.now() - closing;
process.stdout.write(
  `${JSON.stringify({ ms, closeMs, fromCatalog, peakMB: process.resourceUsage().maxRSS / 1024, documents: info.documentCount })}\n`,
);
