import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDispatch } from '../electron/core/services/dispatch.ts';
import { createHandlers } from '../electron/core/services/create-handlers.ts';
import { ProjectSession } from '../electron/core/services/project-session.ts';
import { corpus, cyrillicText, seeded, spreadAnnotations, writeProject } from './generate-project.ts';
import { median, report } from './measure.ts';

const coder = { id: 'bench-coder', name: 'Bench' };

async function openSession(dir: string) {
  const session = new ProjectSession(coder);
  await session.open(dir, { withSample: false });
  const dispatch = createDispatch(createHandlers(session));
  const call = async (name: Parameters<typeof dispatch>[0], input: unknown) => {
    const result = await dispatch(name, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  return { session, call };
}

/** A text correction that moves every one of 5,000 annotations in a 1 M-character document, saved crash-safe. */
export async function textCorrectionBench(root: string): Promise<void> {
  const dir = join(root, 'correction');
  const random = seeded(3);
  const text = cyrillicText(1_000_000, 2_000, random);
  writeProject(dir, [
    { id: 'long-doc', title: 'Длинный', text, annotations: spreadAnnotations('long-doc', text, 5_000, random) },
  ]);
  const { session, call } = await openSession(dir);
  const samples: number[] = [];
  let length = text.length;
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    await call('editText', {
      documentId: 'long-doc',
      expectedLength: length,
      changes: [{ from: 0, to: 0, insert: 'Правка. ' }],
    });
    samples.push(performance.now() - started);
    length += 'Правка. '.length;
  }
  await session.close();
  report(
    'text correction, 1 M characters, 5,000 annotations moved, durable and crash-safe (median)',
    median(samples),
    'ms',
    100,
  );
}

/** Merging a tag used by 5,000 annotations spread over 1,000 documents: one all-or-nothing change of 1,001 files. */
export async function tagMergeBench(root: string): Promise<void> {
  const dir = join(root, 'merge');
  const docs = [...corpus(1_000, 2_500, 5, 5)].map((d) => ({
    ...d,
    annotations: d.annotations.map((a) => ({ ...a, tagId: 'claim' })),
  }));
  writeProject(dir, docs);
  const { session, call } = await openSession(dir);
  const started = performance.now();
  await call('mergeTags', { fromId: 'claim', intoId: 'proposal' });
  const ms = performance.now() - started;
  await session.close();
  report('tag merge over 5,000 annotations in 1,000 documents', ms, 'ms', 2_000);
}

/**
 * Opening 100,000 documents with 500,000 annotations, each in a process of
 * its own so that its peak memory is its own: first as a project never
 * opened before (every file read; the open catalogue written at close),
 * then again, as every later open is.
 */
export function hugeOpenBench(root: string): void {
  const dir = join(root, 'huge');
  const started = performance.now();
  writeProject(dir, corpus(100_000, 400, 5, 9));
  console.log(
    `generated 100,000 documents, 500,000 annotations in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const first = openInChild(dir);
  report(
    'first open of a 100,000-document project, reading every file',
    first.ms,
    'ms',
    undefined,
    `(close writes the open catalogue: ${first.closeMs.toFixed(0)} ms)`,
  );
  // Let the disk finish writing the fresh project and catalogue first: the figure is that of an ordinary open.
  spawnSync('sync');
  const again = openInChild(dir);
  if (again.fromCatalog !== 100_000)
    throw new Error(`only ${again.fromCatalog} documents came from the open catalogue`);
  report('open a project of 100,000 documents / 500,000 annotations', again.ms, 'ms', 3_000);
  report('peak memory opening it', again.peakMB, 'MB', 800);
}

export function openInChild(dir: string): { ms: number; closeMs: number; fromCatalog: number; peakMB: number } {
  const child = fileURLToPath(new URL('./open-project-child.ts', import.meta.url));
  const run = spawnSync(process.execPath, ['--import', 'tsx', child, dir], { encoding: 'utf8' });
  const line = run.stdout.trim().split('\n').at(-1);
  if (run.status !== 0 || !line) throw new Error(`open failed: ${run.stderr}`);
  return JSON.parse(line);
}
