import { createDispatch } from '../electron/core/services/dispatch.ts';
import { createHandlers } from '../electron/core/services/create-handlers.ts';
import { ProjectSession } from '../electron/core/services/project-session.ts';
import { median, percentile, report } from './measure.ts';

/**
 * (c) Save latency of one annotation change, through the real core and
 * durable store: each change is on disk (fsync'd) when the call returns.
 */
export async function saveLatency(projectDir: string, label: string): Promise<number> {
  const session = new ProjectSession({ id: 'bench-coder', name: 'Bench' });
  await session.open(projectDir, { withSample: false });
  const dispatch = createDispatch(createHandlers(session));
  const docs = session.store.listDocuments();
  const samples: number[] = [];
  for (let i = 0; i < 200; i++) {
    const doc = docs[(i * 7919) % docs.length];
    if (!doc) break;
    const [annotation] = session.store.annotations(doc.id);
    if (!annotation) continue;
    const started = performance.now();
    const result = await dispatch('updateAnnotation', { annotationId: annotation.id, note: `note ${i}` });
    samples.push(performance.now() - started);
    if (!result.ok) throw new Error(result.error.message);
  }
  await session.close();
  const m = median(samples);
  report(`save one annotation change, ${label} (median)`, m, 'ms', 20, `p95 ${percentile(samples, 95).toFixed(1)} ms`);
  return m;
}
