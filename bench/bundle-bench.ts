import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ProjectStore } from '../electron/core/store/project-store.ts';
import { corpus, writeProject } from './generate-project.ts';
import { report } from './measure.ts';
import { openInChild } from './store-change-bench.ts';

const coders = [
  { id: 'bench-coder', name: 'Bench' },
  { id: 'bench-colleague', name: 'Коллега' },
];

interface ChildResult {
  code: number;
  ms: number;
  peakMB: number;
  out: string;
  err: string;
}

/**
 * One command of the built CLI (out/main/cli.js, with the flags scripts/cli.mjs gives it) in
 * a process of its own, so its time and peak memory are its own.
 */
function cli(args: string[], config: string): ChildResult {
  const peakFile = join(config, `peak-${process.pid}-${Date.now()}.txt`);
  mkdirSync(config, { recursive: true });
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      '--max-semi-space-size=32',
      '--import',
      './bench/peak-report.mjs',
      join('out', 'main', 'cli.js'),
      ...args,
      '--config',
      config,
      '--lang',
      'en',
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GLOSSATOR_BENCH_PEAK: peakFile } },
  );
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`cli ${args[0]} exited ${run.status}: ${run.stderr}`);
  return { code: run.status, ms, peakMB: Number(readFileSync(peakFile, 'utf8')), out: run.stdout, err: run.stderr };
}

/** Seconds `zip -r` takes on the same folder: the yardstick an export is compared with. */
function zipSeconds(dir: string, out: string): number | null {
  const started = performance.now();
  const run = spawnSync('zip', ['-r', '-q', out, '.'], { cwd: dir });
  return run.status === 0 ? (performance.now() - started) / 1000 : null;
}

/**
 * Bundles on real sizes: a project of 10,000 documents and 50,000
 * annotations in two layers is exported, imported into an empty project
 * and imported again (nothing new), each in a process of its own.
 */
export async function bundleBench(root: string, config: string): Promise<void> {
  const source = join(root, 'bundle-source');
  const docs = [...corpus(10_000, 2_500, 5, 5)].map((doc) => ({
    ...doc,
    annotations: doc.annotations.map((a, i) => ({ ...a, coderId: coders[i % 2]?.id as string })),
  }));
  writeProject(source, docs, [], coders);
  // The first open reads every file and writes the open catalogue; the second is every later open.
  openInChild(source);
  spawnSync('sync');
  const opened = openInChild(source);
  report('open the 10,000-document project with two layers', opened.ms, 'ms', 1_000);
  const bundle = join(root, 'source.glossator');

  const exported = cli(
    ['export', '--project', source, '--format', 'bundle', '--out', bundle, '--coder', 'Bench'],
    config,
  );
  const zipped = zipSeconds(source, join(root, 'source.zip'));
  report('export a bundle, 10,000 documents / 50,000 annotations in 2 layers', exported.ms / 1000, 's', 10);
  if (zipped !== null) {
    report('zip -r of the same project folder', zipped, 's');
    report('export time as a ratio to zip -r', exported.ms / 1000 / zipped, '×');
  }
  report(
    'export peak memory',
    exported.peakMB,
    'MB',
    500,
    `(bundle ${(statSync(bundle).size / 2 ** 20).toFixed(0)} MB)`,
  );

  const target = join(root, 'bundle-target');
  mkdirSync(target);
  const empty = await ProjectStore.open(target, { coder: { id: 'bench-reader', name: 'Reader' } });
  await empty.close();
  const imported = cli(['import', '--project', target, bundle, '--coder', 'Reader'], config);
  report('import the bundle into an empty project', imported.ms / 1000, 's', 15);
  report('import peak memory', imported.peakMB, 'MB', 500);
  const again = cli(['import', '--project', target, bundle, '--coder', 'Reader', '--json'], config);
  report('import the same bundle again (nothing new)', again.ms / 1000, 's', 5);
  report('re-import peak memory', again.peakMB, 'MB', 500);
}
