import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { addCodePointOffsets } from '../../../shared/formats/csv-tables/code-point-offsets.ts';
import {
  type CsvTableFile,
  type CsvTableName,
  csvTableFiles,
  csvTableNames,
  isCsvTableName,
} from '../../../shared/formats/csv-tables/csv-tables.ts';
import type { ExchangeExportCounts, LeftOut } from '../../../shared/formats/exchange/exchange-types.ts';
import { message } from '../../../shared/i18n/message.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import type { ExportSnapshot } from '../bundles/export-snapshot.ts';
import { errorCode } from '../bundles/zip-entry-data.ts';
import { writeZip } from '../bundles/zip-writer.ts';
import type { ExchangeWriter } from './exchange-io.ts';

/**
 * Writes the CSV tables (shared/formats/csv-tables) in one of three
 * containers: a zip of every table (the default), a folder receiving one
 * `<table>.csv` each, or one table alone at `path`.
 *
 * Every cell comes from the snapshot (taken in one step of the store, so
 * the tables agree with each other), whose annotations carry their quotes
 * — exactly the text between their offsets. Texts are read one document at
 * a time only for the offsets in code points (the reader refuses a text
 * changed since the snapshot, see exportExchange) and let go. Every table
 * is built in memory before a byte is written: a refusal or a fault in
 * building leaves nothing behind.
 */
export const writeCsv: ExchangeWriter = async (input, path) => {
  const container = input.options.csv ?? { container: 'zip' };
  const tables: readonly CsvTableName[] =
    container.container === 'table' ? [tableNamed(container.table)] : csvTableNames;
  const codePoints = new Map<string, readonly [number, number]>();
  if (tables.includes('annotations') || tables.includes('statements')) {
    for (const doc of input.snapshot.documents) {
      if (doc.layers.size === 0) continue;
      addCodePointOffsets(await input.text(doc.info.id), [...doc.layers.values()].flat(), codePoints);
      // Between documents, let saves and calls of the window through.
      await nextTurn();
    }
  }
  const files = csvTableFiles({ ...input.snapshot, codePoints }, { bom: input.options.bom ?? false }, tables);
  if (container.container === 'zip')
    await writeZip(
      path,
      files.map((f) => ({ name: f.file, data: f.csv })),
    );
  else if (container.container === 'folder') await writeFolder(path, files);
  // One table: `path` is the caller's temp file, renamed into place when this returns (FileGate.save).
  else await writeFile(path, files[0]?.csv ?? '', 'utf8');
  return countsOf(input.snapshot);
};

function tableNamed(table: string): CsvTableName {
  if (isCsvTableName(table)) return table;
  throw new ApiError(
    'invalid-input',
    message('exchange:csv-unknownTable', { table, tables: csvTableNames.join(', ') }),
  );
}

/**
 * Into a folder, each table is written beside its place under a temporary
 * name, and only when all are written are they renamed into place: a full
 * disk half-way leaves the folder as it was (the partial files removed),
 * and a rename replaces a table whole, so no reader ever sees half a table.
 * Other files in the folder are left alone.
 */
async function writeFolder(folder: string, files: readonly CsvTableFile[]): Promise<void> {
  const tag = randomBytes(4).toString('hex');
  const partial = (file: string) => join(folder, `.${file}.${tag}.partial`);
  const written: string[] = [];
  try {
    await mkdir(folder, { recursive: true });
    for (const f of files) {
      written.push(partial(f.file));
      await writeFile(partial(f.file), f.csv, { encoding: 'utf8', flag: 'wx' });
    }
    for (const f of files) {
      await rename(partial(f.file), join(folder, f.file));
      written.shift();
    }
  } catch (error) {
    await Promise.all(written.map((p) => rm(p, { force: true })));
    if (error instanceof ApiError) throw error;
    throw new ApiError(
      'io',
      message('exchange:csv-folderNotWritten', { folder: basename(folder), code: errorCode(error) }),
    );
  }
}

function countsOf(snapshot: ExportSnapshot): ExchangeExportCounts {
  let annotations = 0;
  for (const doc of snapshot.documents) for (const list of doc.layers.values()) annotations += list.length;
  let links = 0;
  for (const list of snapshot.links.values()) links += list.length;
  const leftOut: LeftOut[] = [];
  if (snapshot.linksLeftOut > 0) {
    leftOut.push({
      kind: 'link',
      count: snapshot.linksLeftOut,
      reason: message('exchange:csv-linkEndNotExported', { count: snapshot.linksLeftOut }),
    });
  }
  return {
    format: 'csv',
    documents: snapshot.documents.length,
    annotations,
    links,
    coders: snapshot.coders.length,
    offsetUnit: 'utf-16',
    leftOut,
  };
}
