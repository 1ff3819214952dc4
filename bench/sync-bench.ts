import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotationEdit } from '../electron/core/store/record-edit.ts';
import { ProjectSession } from '../electron/core/services/project-session.ts';
import { startGitServer } from '../electron/core/testing/git-server.ts';
import { type GeneratedDocument, cyrillicText, seeded, spreadAnnotations, writeProject } from './generate-project.ts';
import { median, report } from './measure.ts';
// @ts-expect-error: a plain .mjs module shared with scripts/cli.mjs, untyped.
import { nodeFlagsFor } from '../scripts/cli-flags.mjs';

/** Twenty coders, each document coded by two of them: 10,000 documents, 20,000 layer files, 40,000 files in all. */
const coders = Array.from({ length: 20 }, (_, i) => ({
  id: `coder-${String(i + 1).padStart(2, '0')}`,
  name: `Кодировщик ${i + 1}`,
}));

function* twentyLayerCorpus(count: number): Generator<GeneratedDocument> {
  const random = seeded(19);
  for (let i = 0; i < count; i++) {
    const id = `doc-${String(i).padStart(5, '0')}`;
    const text = cyrillicText(2_500, 6, random);
    const annotations = [i % 20, (i + 7) % 20].flatMap((c) =>
      spreadAnnotations(id, text, 3, random).map((a) => ({ ...a, coderId: coders[c]?.id as string })),
    );
    yield { id, title: `Документ ${i + 1}`, text, annotations };
  }
}

/** The built CLI in a process of its own (asynchronously: the git server answers on this process's loop). */
function cli(args: string[], config: string): Promise<{ ms: number; peakMB: number }> {
  const peakFile = join(config, `peak-${Date.now()}-${Math.random().toString(36).slice(2)}.txt`);
  mkdirSync(config, { recursive: true });
  const started = performance.now();
  // The flags scripts/cli.mjs gives the CLI: the figures are those of `npm run cli`.
  const argv = [
    ...nodeFlagsFor(args[0]),
    '--import',
    './bench/peak-report.mjs',
    join('out', 'main', 'cli.js'),
    ...args,
    '--config',
    config,
  ];
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [...argv, '--lang', 'en'],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GLOSSATOR_BENCH_PEAK: peakFile } },
      (error, _stdout, stderr) => {
        if (error) return reject(new Error(`cli ${args[0]} failed: ${stderr}`));
        resolve({ ms: performance.now() - started, peakMB: Number(readFileSync(peakFile, 'utf8')) });
      },
    );
  });
}

/**
 * Issue 19's budgets, against git's own http-backend on 127.0.0.1, on a project of 10,000 documents in 20
 * layers: a sync with nothing to do ≤ 1 s; one coder's day (200 annotations in 20 documents) synced ≤ 3 s, and
 * received by a colleague ≤ 3 s; a first clone ≤ 60 s with its peak memory ≤ 600 MB (the CLI in its own process).
 */
export async function syncBench(root: string, config: string): Promise<void> {
  const server = await startGitServer();
  try {
    await server.makeBareRepo('team.git');
    const url = server.url('team.git');
    const a = join(root, 'sync-a');
    const started = performance.now();
    writeProject(a, twentyLayerCorpus(10_000), [], coders);
    console.log(`generated 10,000 documents in 20 layers in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const published = await cli(
      ['sync', '--project', a, '--remote', url, '--coder', coders[0]?.name as string],
      config,
    );
    report('publish it (first commit of 40,000 files and first push)', published.ms / 1000, 's', undefined);

    const b = join(root, 'sync-b');
    const cloned = await cli(['clone', url, b], config);
    report('first clone of that project (the CLI)', cloned.ms / 1000, 's', 60);
    report('peak memory of the first clone', cloned.peakMB, 'MB', 600);

    const boris = await openSession(b, coders[1] as { id: string; name: string });
    const anna = await openSession(a, coders[0] as { id: string; name: string });
    try {
      await boris.sync.sync(); // Boris's copy joins: project.json gains nothing new (he is a coder already).
      const idle: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        await boris.sync.sync();
        idle.push(performance.now() - t0);
      }
      report('sync with nothing to do (median of 5)', median(idle), 'ms', 1_000);

      const day: number[] = [];
      const received: number[] = [];
      for (let round = 0; round < 3; round++) {
        await codersDay(boris, round);
        const t0 = performance.now();
        const sent = await boris.sync.sync();
        day.push(performance.now() - t0);
        if (!sent.pushed) throw new Error('the day was not pushed');
        const t1 = performance.now();
        const got = await anna.sync.sync();
        received.push(performance.now() - t1);
        if (got.written !== 20) throw new Error(`the colleague received ${got.written} files, not 20`);
      }
      report('sync of one coder’s day: 200 annotations in 20 documents (median of 3)', median(day), 'ms', 3_000);
      report('the colleague’s sync receiving that day (median of 3)', median(received), 'ms', 3_000);
    } finally {
      await boris.close();
      await anna.close();
    }
    const receiving = await cli(['sync', '--project', b, '--coder', coders[1]?.name as string], config);
    report('peak memory of a sync (the CLI, opening the project too)', receiving.peakMB, 'MB', 600);
  } finally {
    await server.stop();
  }
}

async function openSession(dir: string, coder: { id: string; name: string }): Promise<ProjectSession> {
  const session = new ProjectSession(coder);
  await session.open(dir, { withSample: false, background: false });
  return session;
}

/** 200 new annotations in 20 documents of the session's coder, each document one save as in the window. */
async function codersDay(session: ProjectSession, round: number): Promise<void> {
  const random = seeded(100 + round);
  const store = session.store;
  for (let d = 0; d < 20; d++) {
    const id = `doc-${String(round * 500 + d * 13).padStart(5, '0')}`;
    const { text } = await store.text(id);
    const annotations = spreadAnnotations(id, text, 10, random).map((a) => ({ ...a, coderId: session.coder.id }));
    await store.commit(annotationEdit(annotations));
  }
}
