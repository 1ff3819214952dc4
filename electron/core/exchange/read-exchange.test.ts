import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ForeignContents } from '../../../shared/formats/exchange/exchange-types.ts';
import type { ApiError } from '../../../shared/ipc/errors.ts';
import { craftZip } from '../bundles/testing/craft-zip.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { readExchange, sniffFormat, xmlRoot } from './read-exchange.ts';
import type { ExchangeReader } from './exchange-io.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function folder(): Promise<string> {
  const { dir, cleanup } = await tempDir();
  cleanups.push(cleanup);
  return dir;
}

async function file(name: string, data: string | Buffer): Promise<string> {
  const path = join(await folder(), name);
  await writeFile(path, data);
  return path;
}

async function refusalOf(promise: Promise<unknown>): Promise<ApiError> {
  return promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: ApiError) => error,
  );
}

const codebook = `<?xml version="1.0" encoding="utf-8"?>
<!-- written by QualCoder -->
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>`;

describe('sniffFormat: a file’s format told by its content, not its name', () => {
  it('tells a bundle, a REFI-QDA project and a brat corpus apart by the files the zip holds', async () => {
    const bundle = await file('a.zip', craftZip([{ name: 'manifest.json', data: '{}' }]));
    const lostManifest = await file('b.glossator', craftZip([{ name: 'codebook.json', data: '{}' }]));
    const qdpx = await file(
      'c.zip',
      craftZip([
        { name: 'project.qde', data: '<Project/>' },
        { name: 'sources/x.txt', data: 'x' },
      ]),
    );
    const brat = await file(
      'd.qdpx',
      craftZip([
        { name: 'corpus/doc1.txt', data: 'x' },
        { name: 'corpus/doc1.ann', data: '' },
      ]),
    );
    expect(await sniffFormat(bundle, 'a.zip')).toBe('bundle');
    expect(await sniffFormat(lostManifest, 'b.glossator')).toBe('bundle');
    expect(await sniffFormat(qdpx, 'c.zip')).toBe('qdpx');
    expect(await sniffFormat(brat, 'd.qdpx')).toBe('brat');
  });

  it('reads a brat corpus in a folder called documents/ as brat, not a bundle', async () => {
    const brat = await file(
      'e.zip',
      craftZip([
        { name: 'documents/a.txt', data: 'x' },
        { name: 'documents/a.ann', data: '' },
      ]),
    );
    expect(await sniffFormat(brat, 'e.zip')).toBe('brat');
  });

  it('tells a brat folder, a REFI-QDA codebook and JSON-LD', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'doc.txt'), 'Текст');
    await writeFile(join(dir, 'doc.ann'), 'T1\tClaim 0 5\tТекст\n');
    expect(await sniffFormat(dir, 'corpus')).toBe('brat');
    expect(await sniffFormat(await file('c.xml', codebook), 'c.xml')).toBe('qdc');
    expect(await sniffFormat(await file('c.qdc', `\uFEFF${codebook}`), 'c.qdc')).toBe('qdc');
    const json = '\uFEFF  {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection"}';
    expect(await sniffFormat(await file('w.txt', json), 'w.txt')).toBe('w3c');
    expect(await sniffFormat(await file('w.json', '[{"type":"Annotation"}]'), 'w.json')).toBe('w3c');
  });

  it('finds the root element past the prolog, comments and a DOCTYPE (which is never read)', () => {
    expect(xmlRoot('<?xml version="1.0"?>\n<!-- a -->\n<qdc:CodeBook xmlns:qdc="x"/>')).toBe('CodeBook');
    expect(xmlRoot('<!DOCTYPE CodeBook [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<CodeBook>&x;</CodeBook>')).toBe(
      'CodeBook',
    );
    expect(xmlRoot('<!-- never closed')).toBeNull();
    expect(xmlRoot('<Project xmlns="urn:QDA-XML:project:1.0"/>')).toBe('Project');
  });

  it('refuses anything else as “not a file Glossator reads”, naming the file', async () => {
    const cases: Array<[string, string | Buffer]> = [
      ['paper.pdf', '%PDF-1.7\n1 0 obj\n'],
      ['notes.txt', 'Просто текст.'],
      ['empty.json', ''],
      ['project.xml', '<Project xmlns="urn:QDA-XML:project:1.0"/>'],
      ['photos.zip', craftZip([{ name: 'photo.jpg', data: 'x' }])],
      ['binary.bin', Buffer.from([0, 1, 2, 3, 255])],
    ];
    for (const [name, data] of cases) {
      const refused = await refusalOf(sniffFormat(await file(name, data), name));
      expect(refused.code, name).toBe('invalid-input');
      expect(refused.text, name).toEqual({ key: 'exchange:ui-notReadable', params: { file: name } });
    }
    const empty = await folder();
    expect((await refusalOf(sniffFormat(empty, 'empty folder'))).text?.key).toBe('exchange:ui-notReadable');
    expect((await refusalOf(sniffFormat(join(empty, 'gone'), 'gone'))).text?.key).toBe('exchange:ui-notReadable');
  });

  it('lets a .qdpx or .glossator name pick its reader where the content says nothing, so it words the refusal', async () => {
    const pdf = '%PDF-1.7\n1 0 obj\n';
    expect(await sniffFormat(await file('p.qdpx', pdf), 'p.qdpx')).toBe('qdpx');
    expect(await sniffFormat(await file('p.glossator', pdf), 'p.glossator')).toBe('bundle');
    const photos = craftZip([{ name: 'photo.jpg', data: 'x' }]);
    expect(await sniffFormat(await file('no-qde.qdpx', photos), 'no-qde.qdpx')).toBe('qdpx');
    expect(await sniffFormat(await file('foreign.glossator', photos), 'foreign.glossator')).toBe('bundle');
    const whole = craftZip([{ name: 'project.qde', data: '<Project/>' }]);
    const cut = await file('cut.qdpx', whole.subarray(0, whole.length - 30));
    expect(await sniffFormat(cut, 'cut.qdpx')).toBe('qdpx');
  });

  it('lets the zip reader refuse a broken or hostile zip with its own reason', async () => {
    const whole = craftZip([{ name: 'manifest.json', data: '{}' }]);
    const truncated = await file('cut.zip', whole.subarray(0, whole.length - 30));
    expect((await refusalOf(sniffFormat(truncated, 'cut.zip'))).text?.key).toMatch(/^bundleFile:/);
  });
});

describe('readExchange: the reader of the format found', () => {
  const fake: ExchangeReader = async (_path, name) =>
    ({ format: 'w3c', rejected: [], notes: [], origin: { appVersion: name } }) as unknown as ForeignContents;

  it('hands the file to the registered reader', async () => {
    const path = await file('w.jsonld', '{}');
    const read = await readExchange(path, 'w.jsonld', { w3c: fake });
    expect(read.format).toBe('w3c');
    expect(read.origin.appVersion).toBe('w.jsonld');
  });

  it('refuses a recognised format whose reader is not registered yet, naming the format', async () => {
    const path = await file('c.qdc', codebook);
    const refused = await refusalOf(readExchange(path, 'c.qdc', { w3c: fake }));
    expect(refused.text).toEqual({ key: 'exchange:ui-formatNotRead', params: { format: 'qdc' } });
  });

  it('has the REFI-QDA reader word the refusal of a .qdpx that is not one', async () => {
    const notZip = await file('p.qdpx', '%PDF-1.7\n1 0 obj\n');
    expect((await refusalOf(readExchange(notZip, 'p.qdpx'))).text?.key).toMatch(/^exchange:refi-/);
    const noQde = await file('q.qdpx', craftZip([{ name: 'sources/a.txt', data: 'x' }]));
    expect((await refusalOf(readExchange(noQde, 'q.qdpx'))).text?.key).toMatch(/^exchange:refi-/);
  });

  it('reads our own bundle as foreign contents with nothing rejected', async () => {
    const path = await file(
      'x.glossator',
      craftZip([
        { name: 'photo.jpg', data: 'x' },
        { name: 'documents/a', data: 'x' },
      ]),
    );
    // A bundle missing its manifest: the bundle reader's own refusal comes through.
    expect((await refusalOf(readExchange(path, 'x.glossator'))).text?.key).toBe('bundles:noManifest');
  });
});
