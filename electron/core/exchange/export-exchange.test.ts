import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExchangeExportCounts } from '../../../shared/formats/exchange/exchange-types.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { exchangeHandlers } from '../services/handlers/exchange-handlers.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { type SessionDriver, sessionDriver } from '../testing/test-session.ts';
import type { ExchangeWriter } from './exchange-io.ts';
import { exportExchange } from './export-exchange.ts';
import { writerOf } from './writers.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function project(): Promise<SessionDriver & { dir: string; out: string }> {
  const { dir, cleanup } = await tempDir();
  cleanups.push(cleanup);
  const { dir: out, cleanup: cleanOut } = await tempDir();
  cleanups.push(cleanOut);
  const driver = await sessionDriver(dir);
  cleanups.push(() => driver.session.close());
  return { ...driver, dir, out };
}

/** A writer for the test: every document's id, text and original, and the annotations per coder, as JSON. */
const fakeWriter: ExchangeWriter = async (input, path) => {
  const documents = [];
  for (const d of input.snapshot.documents) {
    documents.push({
      id: d.info.id,
      text: await input.text(d.info.id),
      original: await input.originalText(d.info.id),
      layers: Object.fromEntries([...d.layers].map(([coder, list]) => [coder, list.map((a) => a.quote.exact)])),
    });
  }
  await writeFile(path, JSON.stringify({ documents, options: input.options }), 'utf8');
  return {
    format: 'csv',
    documents: documents.length,
    annotations: input.snapshot.documents.reduce((n, d) => n + [...d.layers.values()].flat().length, 0),
    links: 0,
    coders: input.snapshot.coders.length,
    offsetUnit: 'utf-16',
    leftOut: [],
  } satisfies ExchangeExportCounts;
};

describe('exportExchange (the Export… call)', () => {
  it('writes through the registered writer, with the scope asked for, into the file the ticket grants', async () => {
    const p = await project();
    const a = await p.call('addDocument', { title: 'Заседание 😀', text: 'Министр 😀 предложил\r\nрасширить.' });
    const b = await p.call('addDocument', { title: 'Второй', text: 'Другой текст.' });
    await p.call('createAnnotation', { documentId: a.id, tagId: 'claim', start: 0, end: 7 });
    const path = join(p.out, 'экспорт.zip');
    const ticket = p.session.files.grantSave(path, 'экспорт.zip');
    const result = await exchangeHandlers(p.session, { csv: fakeWriter }).exportExchange({
      format: 'csv',
      to: ticket,
      documents: { ids: [a.id] },
      layers: { mine: true },
      options: { bom: true },
    });
    expect(result).toMatchObject({ format: 'csv', documents: 1, annotations: 1, name: 'экспорт.zip' });
    const written = JSON.parse(await readFile(path, 'utf8'));
    expect(written.documents).toHaveLength(1);
    expect(written.documents[0]).toMatchObject({ id: a.id, text: 'Министр 😀 предложил\nрасширить.' });
    expect(written.documents[0].original).toBe('Министр 😀 предложил\r\nрасширить.');
    expect(written.documents[0].layers).toEqual({ [p.session.coder.id]: ['Министр'] });
    expect(written.options).toEqual({ bom: true });
    expect(written.documents.map((d: { id: string }) => d.id)).not.toContain(b.id);
  });

  it('refuses a format whose writer is not registered, naming it, and writes nothing', async () => {
    const p = await project();
    await p.call('addDocument', { title: 'Текст', text: 'Текст.' });
    const ticket = p.session.files.grantSave(join(p.out, 'x.qdpx'), 'x.qdpx');
    const refused = exchangeHandlers(p.session, {}).exportExchange({
      format: 'qdpx',
      to: ticket,
      documents: { all: true },
      layers: { all: true },
    });
    await expect(refused).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(refused.catch((e: ApiError) => e.text)).resolves.toEqual({
      key: 'exchange:ui-formatNotWritten',
      params: { format: 'qdpx' },
    });
    expect(await readdir(p.out)).toEqual([]);
    expect(() => writerOf('brat', {})).toThrow(ApiError);
  });

  it('leaves no file when the writer fails half-way', async () => {
    const p = await project();
    await p.call('addDocument', { title: 'Текст', text: 'Текст.' });
    const path = join(p.out, 'broken.jsonld');
    const failing: ExchangeWriter = async (_input, temp) => {
      await writeFile(temp, '{"half":', 'utf8');
      throw new ApiError('invalid-input', 'refused by the writer'); // literal-ok: a test's own refusal
    };
    const ticket = p.session.files.grantSave(path, 'broken.jsonld');
    await expect(
      exchangeHandlers(p.session, { w3c: failing }).exportExchange({
        format: 'w3c',
        to: ticket,
        documents: { all: true },
        layers: { mine: true },
      }),
    ).rejects.toThrow('refused by the writer');
    expect(existsSync(path)).toBe(false);
    expect(await readdir(p.out)).toEqual([]);
  });

  it('refuses a text corrected after the snapshot was taken (its annotations would not fit)', async () => {
    const p = await project();
    const a = await p.call('addDocument', { title: 'Первый', text: 'Первый текст.' });
    await p.call('addDocument', { title: 'Второй', text: 'Второй текст.' });
    const store = p.session.store;
    const correcting: ExchangeWriter = async (input, path) => {
      // The user corrects the first text while the export runs.
      await p.call('editText', {
        documentId: a.id,
        expectedLength: 13,
        changes: [{ from: 12, to: 12, insert: ', исправленный' }],
      });
      await input.text(a.id);
      await writeFile(path, 'x');
      throw new Error('the export should have been refused');
    };
    await expect(
      exportExchange(store, 'brat', { documents: { all: true }, layers: { mine: true } }, {}, join(p.out, 'x'), {
        brat: correcting,
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('is in the contract: an unknown format is refused by its schema', async () => {
    const p = await project();
    const failure = await p.fail('exportExchange', {
      format: 'docx',
      to: 'a'.repeat(20),
      documents: { all: true },
      layers: { mine: true },
    });
    expect(failure.code).toBe('invalid-input');
  });
});
