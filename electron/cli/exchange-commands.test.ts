import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openZip } from '../core/bundles/zip-reader.ts';
import { writers } from '../core/exchange/writers.ts';
import { projectHashes } from '../core/testing/project-hashes.ts';
import type { TestSession } from '../core/testing/test-session.ts';
import { projectsAandB, runCliIn } from './testing/cli-runs.ts';

let a: TestSession;
let work: { dir: string; cleanup: () => Promise<void> };
let projectB: string;

/** One CLI run as a user whose settings live in `config` (so each config is another coder). */
const cli = (config: string, ...argv: string[]) => runCliIn(join(work.dir, config), argv);

async function zipNames(path: string): Promise<string[]> {
  const zip = await openZip(path);
  try {
    return zip.entries().map((e) => e.name);
  } finally {
    await zip.close();
  }
}

const sharedDir = resolve(import.meta.dirname, '..', '..', '..', 'shared');
const atlasSample = join(sharedDir, 'validators', 'refi', 'samples', 'atlas', 'target-atlas-project.qdpx');
const atlasMissing = existsSync(atlasSample) ? null : `${atlasSample} is absent`;

beforeEach(async () => {
  ({ a, work, projectB } = await projectsAandB(
    {
      title: 'Заседание «Совета» 😀',
      text: 'Эксперт 😀 заявил о росте угрозы.\r\nМинистр предложил расширить сотрудничество.',
      claim: { start: 0, end: 10 },
      proposal: { start: 34, end: 51 },
    },
    { id: 'coder-bob', name: 'Борис' },
  ));
});
afterEach(async () => {
  await a.close();
  await work.cleanup();
});

describe('npm run cli -- export --format …', () => {
  it('writes CSV tables into a folder, or into a zip for a path ending in .zip (with a BOM when asked)', async () => {
    const folder = join(work.dir, 'tables');
    const toFolder = await cli('alice', 'export', '--project', a.dir, '--format', 'csv', '--out', folder);
    expect(toFolder.err).toBe('');
    expect(toFolder.code).toBe(0);
    expect(toFolder.out).toContain('1 document, 2 annotations, 1 link');
    const files = (await readdir(folder)).sort();
    expect(files).toContain('annotations.csv');
    expect(files.every((f) => f.endsWith('.csv'))).toBe(true);
    const zip = join(work.dir, 'tables.zip');
    const toZip = await cli('alice', 'export', '--project', a.dir, '--format', 'csv', '--out', zip, '--bom');
    expect(toZip.code).toBe(0);
    expect((await zipNames(zip)).sort()).toEqual(files);
    const one = join(work.dir, 'statements.csv');
    const alone = await cli(
      'alice',
      'export',
      '--project',
      a.dir,
      '--format',
      'csv',
      '--table',
      'statements',
      '--out',
      one,
    );
    expect(alone.code).toBe(0);
    expect((await readFile(one, 'utf8')).split('\n')[0]).toContain('speaker');
    const unknownTable = await cli(
      'alice',
      'export',
      '--project',
      a.dir,
      '--format',
      'csv',
      '--table',
      'nope',
      '--out',
      one,
    );
    expect(unknownTable.code).toBe(1);
    const archive = await openZip(zip);
    try {
      const annotations = await archive.read('annotations.csv');
      expect([...annotations.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    } finally {
      await archive.close();
    }
  });

  it('writes a REFI-QDA project and codebook, brat and GraphML', async () => {
    const qdpx = join(work.dir, 'p.qdpx');
    expect((await cli('alice', 'export', '--project', a.dir, '--format', 'qdpx', '--out', qdpx)).code).toBe(0);
    const names = await zipNames(qdpx);
    expect(names).toContain('project.qde');
    expect(names.some((n) => /^sources\/.+\.txt$/.test(n))).toBe(true);
    const qdc = join(work.dir, 'c.qdc');
    expect((await cli('alice', 'export', '--project', a.dir, '--format', 'qdc', '--out', qdc)).code).toBe(0);
    expect(await readFile(qdc, 'utf8')).toMatch(/<CodeBook[\s>]/);
    const brat = join(work.dir, 'brat.zip');
    const bratRun = await cli('alice', 'export', '--project', a.dir, '--format', 'brat', '--out', brat);
    expect(bratRun.code).toBe(0);
    expect(bratRun.out).toContain('code points');
    expect((await zipNames(brat)).some((n) => n.endsWith('.ann'))).toBe(true);
    const graphml = join(work.dir, 'n.graphml');
    const run = await cli('alice', 'export', '--project', a.dir, '--format', 'graphml', '--out', graphml);
    expect(run.code).toBe(0);
    expect(run.out).toContain('actor–concept network of 1 document');
    expect(await readFile(graphml, 'utf8')).toContain('<graphml');
  });

  it('writes W3C Web Annotation JSON-LD, or says it cannot yet and writes nothing', async () => {
    const out = join(work.dir, 'w.jsonld');
    const run = await cli('alice', 'export', '--project', a.dir, '--format', 'w3c', '--out', out);
    if (writers.w3c) {
      expect(run.code).toBe(0);
      expect(JSON.parse(await readFile(out, 'utf8'))['@context']).toBeDefined();
    } else {
      expect(run.code).toBe(1);
      expect(run.err).toContain('cannot write the w3c format');
      expect(existsSync(out)).toBe(false);
    }
  });

  it('names a bad --format or a --bom outside CSV as a usage error, writing nothing', async () => {
    const out = join(work.dir, 'x');
    expect((await cli('alice', 'export', '--project', a.dir, '--format', 'docx', '--out', out)).code).toBe(2);
    expect((await cli('alice', 'export', '--project', a.dir, '--format', 'qdpx', '--out', out, '--bom')).code).toBe(2);
    expect(
      (await cli('alice', 'export', '--project', a.dir, '--format', 'w3c', '--out', out, '--table', 'tags')).code,
    ).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe('npm run cli -- import FILE...', () => {
  it('reads several files of other formats, previews all, and imports each', async () => {
    const qdpx = join(work.dir, 'p.qdpx');
    const brat = join(work.dir, 'b.zip');
    await cli('alice', 'export', '--project', a.dir, '--format', 'qdpx', '--out', qdpx);
    await cli('alice', 'export', '--project', a.dir, '--format', 'brat', '--out', brat);
    const before = await projectHashes(projectB);
    const dry = await cli('bob', 'import', '--project', projectB, qdpx, brat, '--dry-run', '--json');
    expect(dry.err).toBe('');
    expect(dry.code).toBe(0);
    const previews = JSON.parse(dry.out);
    expect(previews.map((p: { file: string; format: string }) => [p.file, p.format])).toEqual([
      [qdpx, 'qdpx'],
      [brat, 'brat'],
    ]);
    expect(await projectHashes(projectB)).toEqual(before);
    const run = await cli('bob', 'import', '--project', projectB, qdpx, brat);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain(`${qdpx}:`);
    expect(run.out).toContain(`${brat}:`);
    const info = JSON.parse((await cli('looker', 'info', '--project', projectB, '--json')).out);
    expect(info.documents).toBeGreaterThanOrEqual(1);
  });

  it('refuses a file it cannot read, before importing any of the others', async () => {
    const qdpx = join(work.dir, 'p.qdpx');
    await cli('alice', 'export', '--project', a.dir, '--format', 'qdpx', '--out', qdpx);
    const notes = join(work.dir, 'notes.txt');
    await writeFile(notes, 'Просто заметки.');
    const before = await projectHashes(projectB);
    const run = await cli('bob', 'import', '--project', projectB, qdpx, notes);
    expect(run.code).toBe(1);
    expect(run.err).toContain('“notes.txt” is not a file Glossator reads');
    expect(await projectHashes(projectB)).toEqual(before);
  });

  it.skipIf(atlasMissing)(
    `imports ATLAS.ti’s own .qdpx: its codes into the codebook${atlasMissing ? ` (skipped: ${atlasMissing})` : ''}`,
    async () => {
      const run = await cli('bob', 'import', '--project', projectB, atlasSample, '--json');
      expect(run.err).toBe('');
      expect(run.code).toBe(0);
      const summary = JSON.parse(run.out);
      expect(summary.format).toBe('qdpx');
      expect(summary.records.tags).toBe(3);
    },
  );
});
if (atlasMissing) console.log(`exchange-commands: the ATLAS.ti sample test is skipped: ${atlasMissing}`);
