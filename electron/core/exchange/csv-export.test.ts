import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../../shared/formats/csv/read-csv.ts';
import { csvTableNames } from '../../../shared/formats/csv-tables/csv-tables.ts';
import type { ExchangeWriteOptions } from '../../../shared/formats/exchange/exchange-types.ts';
import type { BundleExportOptions } from '../bundles/export-scope.ts';
import { takeSnapshot } from '../bundles/export-snapshot.ts';
import { seedBundleProject } from '../bundles/testing/bundle-project.ts';
import { openZip } from '../bundles/zip-reader.ts';
import type { ProjectStore } from '../store/project-store.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { writeCsv } from './csv-export.ts';

/** The team's CSV validator (../shared beside the repository): csv-parse strict + csvkit. */
const checkCsvScript = resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  'shared',
  'validators',
  'csv',
  'check-csv.sh',
);
const validatorMissing = existsSync(checkCsvScript) ? null : `${checkCsvScript} is absent`;
if (validatorMissing) console.log(`check-csv.sh not run: ${validatorMissing}`);

/** Runs check-csv.sh on the files when it is there (a fresh clone has no ../shared: the check is skipped, said above). */
function expectValidCsv(files: string[]): void {
  if (validatorMissing) return;
  const run = spawnSync('sh', [checkCsvScript, ...files], { encoding: 'utf8' });
  const output = `${run.stdout}${run.stderr}`;
  expect(output).not.toContain('FAIL');
  expect(run.status, output).toBe(0);
}

const all: BundleExportOptions = { documents: { all: true }, layers: { all: true } };
const files = csvTableNames.map((t) => `${t}.csv`);

describe('writeCsv (exchange writer)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let store: ProjectStore;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    store = await seedBundleProject(join(dir, 'project'));
  });
  afterAll(async () => {
    await store.close();
    await cleanup();
  });
  /** As the export call gives it: the snapshot, and each document's texts read from the store when asked. */
  const run = (path: string, options: ExchangeWriteOptions, scope = all) =>
    writeCsv(
      {
        snapshot: takeSnapshot(store, scope),
        text: async (id) => (await store.text(id)).text,
        originalText: async (id) => (await store.text(id)).originalText,
        options,
      },
      path,
    );

  it('writes a zip of every table, each valid RFC 4180 UTF-8, and counts what it wrote', async () => {
    const path = join(dir, 'tables.zip');
    const counts = await run(path, {});
    expect(counts).toEqual({
      format: 'csv',
      documents: 5,
      annotations: 5,
      links: 3,
      coders: 2,
      offsetUnit: 'utf-16',
      leftOut: [],
    });
    const zip = await openZip(path);
    expect(zip.entries().map((e) => e.name)).toEqual(files);
    const out = join(dir, 'unzipped');
    await mkdir(out);
    for (const name of files) await writeFile(join(out, name), await zip.read(name));
    await zip.close();
    expectValidCsv(files.map((f) => join(out, f)));
    // Offsets in UTF-16 on the stored (normalised: LF, NFC) text: the emoji, CRLF-origin and NFD-input documents.
    const [header, ...rows] = readCsv(await readFile(join(out, 'annotations.csv'))).rows;
    const col = (name: string) => header?.indexOf(name) ?? -1;
    for (const row of rows) {
      const text = (await store.text(row[col('document_id')] ?? '')).text;
      expect(row[col('offset_unit')]).toBe('utf-16');
      expect(row[col('text')]).toBe(text.slice(Number(row[col('start')]), Number(row[col('end')])));
      const points = [...text].slice(Number(row[col('code_point_start')]), Number(row[col('code_point_end')]));
      expect(row[col('text')]).toBe(points.join(''));
    }
    expect(rows.map((r) => r[col('text')])).toContain('🌍 pact');
  });

  it('writes a folder of tables with a BOM for Excel, leaving other files in it alone', async () => {
    const folder = join(dir, 'folder');
    await mkdir(folder);
    await writeFile(join(folder, 'mine.txt'), 'keep');
    await run(folder, { bom: true, csv: { container: 'folder' } });
    expect((await readdir(folder)).sort()).toEqual([...files, 'mine.txt'].sort());
    for (const f of files)
      expect((await readFile(join(folder, f))).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expectValidCsv(files.map((f) => join(folder, f)));
  });

  it('writes one table alone, and counts links whose end is outside a partial export as left out', async () => {
    const path = join(dir, 'links.csv');
    const counts = await run(
      path,
      { csv: { container: 'table', table: 'links' } },
      {
        documents: { ids: ['doc-emoji', 'doc-crlf', 'doc-nfd'] },
        layers: { all: true },
      },
    );
    expect(counts.links).toBe(2);
    expect(counts.leftOut).toEqual([
      { kind: 'link', count: 1, reason: { key: 'exchange:csv-linkEndNotExported', params: { count: 1 } } },
    ]);
    const [header, ...rows] = readCsv(await readFile(path)).rows;
    expect(header?.slice(0, 3)).toEqual(['link_id', 'source_annotation', 'target_annotation']);
    // In the export's coder order; here, by id.
    expect(rows.map((r) => r.slice(0, 3)).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''))).toEqual([
      ['l-1', 'a-emoji-1', 'a-crlf-1'],
      ['l-2', 'a-emoji-2', 'a-nfd-1'],
    ]);
    expectValidCsv([path]);
  });

  it('refuses a table it does not know, naming the tables, and writes nothing', async () => {
    const path = join(dir, 'nothing.csv');
    await expect(run(path, { csv: { container: 'table', table: 'codings' } })).rejects.toMatchObject({
      code: 'invalid-input',
      text: { key: 'exchange:csv-unknownTable', params: { table: 'codings', tables: csvTableNames.join(', ') } },
    });
    expect(existsSync(path)).toBe(false);
  });

  it('leaves no partial file and no half table when the folder cannot take a table', async () => {
    const folder = join(dir, 'blocked');
    // A folder where links.csv should go: its rename fails after the tables before it are in place.
    await mkdir(join(folder, 'links.csv'), { recursive: true });
    await expect(run(folder, { csv: { container: 'folder' } })).rejects.toMatchObject({
      code: 'io',
      text: { key: 'exchange:csv-folderNotWritten' },
    });
    const left = await readdir(folder);
    expect(left.filter((n) => n.endsWith('.partial'))).toEqual([]);
    // What is there is whole: each table complete, its last record ended.
    for (const name of left.filter((n) => n.endsWith('.csv') && n !== 'links.csv')) {
      const text = await readFile(join(folder, name), 'utf8');
      expect(text.endsWith('\r\n')).toBe(true);
      expect(() => readCsv(text)).not.toThrow();
    }
    // A path that is a file cannot become a folder.
    const file = join(dir, 'a-file');
    await writeFile(file, 'x');
    await expect(run(file, { csv: { container: 'folder' } })).rejects.toMatchObject({ code: 'io' });
  });
});
