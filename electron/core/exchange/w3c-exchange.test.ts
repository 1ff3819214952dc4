import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../../../shared/model/document.ts';
import { w3cReader, readW3c } from './w3c-import.ts';
import { w3cWriter, writeW3c } from './w3c-export.ts';
import { anna, boris, crlfAnnotation, w3cInput, w3cOriginals, w3cSnapshot, w3cTexts } from './w3c-exchange.fixture.ts';
import { refiAnnotations, refiLinks } from './refi-export.fixture.ts';

const run = promisify(execFile);
const validators = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'validators');
const validatorsMissing = existsSync(join(validators, 'w3c', 'validate-anno.js')) ? null : `${validators} is absent`;
if (validatorsMissing) console.log(`w3c-exchange: W3C validation skipped: ${validatorsMissing}.`);

type Json = Record<string, unknown>;
let dir: string;
let path: string;
let file: Json;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'w3c-'));
  path = join(dir, 'export.jsonld');
  file = {};
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function exportOnce(pageSize?: number): Promise<Json> {
  const counts = await w3cWriter(pageSize)(w3cInput(), path);
  expect(counts).toMatchObject({
    format: 'w3c',
    documents: 3,
    annotations: 7,
    links: 2,
    coders: 2,
    offsetUnit: 'code-points',
  });
  expect(counts.leftOut.map((l) => [l.kind, l.count])).toEqual([
    ['annotation', 1],
    ['link', 1],
  ]);
  return JSON.parse(await readFile(path, 'utf8')) as Json;
}

const pagesOf = (collection: Json): Json[] => [
  collection.first as Json,
  ...((collection['@included'] as Json[] | undefined) ?? []),
];
const itemsOf = (collection: Json): Json[] => pagesOf(collection).flatMap((p) => p.items as Json[]);

async function node(args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run('node', args, { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, out: stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, out: err.stdout };
  }
}

describe('W3C export', () => {
  beforeAll(async () => {
    file = await exportOnce();
  });

  it('is an AnnotationCollection with pages, annotations in code points, tagging and describing bodies', () => {
    expect(file).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      id: 'urn:glossator:collection:proj-refi',
      total: 9,
      last: 'urn:glossator:collection:proj-refi:page:1',
    });
    const items = itemsOf(file);
    expect(items).toHaveLength(9);
    const a1 = items.find((a) => a.id === 'urn:glossator:annotation:a-1') as Json;
    const text = w3cTexts['doc-ru'] as string;
    const start = [...text.slice(0, refiAnnotations.a1.start)].length;
    expect(a1).toMatchObject({
      motivation: 'tagging',
      creator: { id: 'urn:glossator:coder:coder-anna', type: 'Person', name: anna.name },
      created: refiAnnotations.a1.created,
      modified: refiAnnotations.a1.modified,
      target: {
        source: 'urn:glossator:document:doc-ru',
        selector: [
          { type: 'TextQuoteSelector', exact: 'Мы поддерживаем пакт 🌍 и договор' },
          // 🙂 before the span: one code point, two UTF-16 units.
          { type: 'TextPositionSelector', start, end: start + 32 },
        ],
      },
    });
    expect(start).toBe(refiAnnotations.a1.start - 1);
    const bodies = a1.body as Json[];
    expect(bodies[0]).toMatchObject({
      'schema:about': { id: 'urn:glossator:tag:claim' },
      purpose: 'tagging',
      value: 'Утверждение',
    });
    expect(bodies).toContainEqual(expect.objectContaining({ purpose: 'describing', value: refiAnnotations.a1.note }));
    expect(bodies).toContainEqual(
      expect.objectContaining({
        'schema:roleName': 'speaker',
        'schema:about': { id: 'urn:glossator:actor:actor-ministry' },
      }),
    );
    expect(bodies).toContainEqual(expect.objectContaining({ 'schema:roleName': 'stance', value: 'supports' }));
    const link = items.find((a) => a.id === 'urn:glossator:link:l-1') as Json;
    expect(link).toMatchObject({
      motivation: 'linking',
      target: ['urn:glossator:annotation:a-1', 'urn:glossator:annotation:b-3'],
    });
    expect(items.some((a) => a.id === 'urn:glossator:annotation:a-orphan')).toBe(false);
  });

  it.skipIf(validatorsMissing)(
    'passes the 54 MUST assertions for every annotation, and the collection and page suites',
    async () => {
      const files: string[] = [];
      for (const [i, a] of itemsOf(file).entries()) {
        const p = join(dir, `anno-${i}.json`);
        await writeFile(p, JSON.stringify({ '@context': file['@context'], ...a }));
        files.push(p);
      }
      const annos = await node([join(validators, 'w3c', 'validate-anno.js'), ...files]);
      expect(annos.out).not.toContain('FAIL');
      expect(annos.code).toBe(0);
      expect(annos.out.match(/PASS .*54\/54/g)).toHaveLength(files.length);
      const collection = await node([join(validators, 'w3c', 'validate-anno.js'), '--suite', 'collection', path]);
      expect(collection.out).toContain('PASS');
      expect(collection.code).toBe(0);
      const pageFiles: string[] = [];
      for (const [i, page] of pagesOf(file).entries()) {
        const p = join(dir, `page-${i}.json`);
        await writeFile(p, JSON.stringify({ '@context': file['@context'], ...page }));
        pageFiles.push(p);
      }
      const pages = await node([join(validators, 'w3c', 'validate-anno.js'), '--suite', 'page', ...pageFiles]);
      expect(pages.out).not.toContain('FAIL');
      expect(pages.code).toBe(0);
    },
  );

  it.skipIf(validatorsMissing)('has every selector resolve on its text in code points (Apache Annotator)', async () => {
    const items = itemsOf(file).filter((a) => a.motivation !== 'linking');
    for (const id of Object.keys(w3cTexts)) {
      const targets = items.map((a) => a.target as Json).filter((t) => t.source === `urn:glossator:document:${id}`);
      expect(targets.length).toBeGreaterThan(0);
      const annoPath = join(dir, `targets-${id}.json`);
      const textPath = join(dir, `${id}.txt`);
      await writeFile(annoPath, JSON.stringify({ target: targets }));
      await writeFile(textPath, w3cTexts[id] as string);
      const out = await node([join(validators, 'w3c', 'resolve-selectors.mjs'), annoPath, textPath]);
      expect(out.out).not.toContain('FAIL');
      expect(out.code).toBe(0);
      expect(out.out.match(/OK {3}target \d+ TextPositionSelector/g)).toHaveLength(targets.length);
    }
  });

  it.skipIf(validatorsMissing)('expands with the official context without a term dropped (jsonld)', async () => {
    const out = await node([join(validators, 'jsonld', 'anno-jsonld.js'), path]);
    expect(out.out).toContain('expanded OK');
    expect(out.out).not.toContain('DROPPED');
    expect(out.code).toBe(0);
  });
});

describe('W3C export in pages', () => {
  it.skipIf(validatorsMissing)(
    'chains its pages (first, @included, prev/next, partOf, startIndex), each passing the page suite, and reads back whole',
    async () => {
      const paged = await exportOnce(4);
      const pages = pagesOf(paged);
      expect(
        pages.map((p) => [p.id, p.startIndex, p.prev ?? null, p.next ?? null, (p.items as Json[]).length]),
      ).toEqual([
        ['urn:glossator:collection:proj-refi:page:1', 0, null, 'urn:glossator:collection:proj-refi:page:2', 4],
        [
          'urn:glossator:collection:proj-refi:page:2',
          4,
          'urn:glossator:collection:proj-refi:page:1',
          'urn:glossator:collection:proj-refi:page:3',
          4,
        ],
        ['urn:glossator:collection:proj-refi:page:3', 8, 'urn:glossator:collection:proj-refi:page:2', null, 1],
      ]);
      expect(paged.last).toBe('urn:glossator:collection:proj-refi:page:3');
      const files: string[] = [];
      for (const [i, page] of pages.entries()) {
        const p = join(dir, `paged-${i}.json`);
        await writeFile(p, JSON.stringify({ '@context': paged['@context'], ...page }));
        files.push(p);
      }
      const out = await node([join(validators, 'w3c', 'validate-anno.js'), '--suite', 'page', ...files]);
      expect(out.out).not.toContain('FAIL');
      expect(out.code).toBe(0);
      const collection = await node([join(validators, 'w3c', 'validate-anno.js'), '--suite', 'collection', path]);
      expect(collection.code).toBe(0);
      const jsonld = await node([join(validators, 'jsonld', 'anno-jsonld.js'), path]);
      expect(jsonld.out).not.toContain('DROPPED');
      expect(jsonld.code).toBe(0);
      const read = await readW3c(path, 'paged.jsonld');
      expect(read.rejected).toEqual([]);
      expect((await read.annotations('doc-ru')).length).toBe(5);
      expect(read.links).toHaveLength(2);
    },
  );
});

describe('W3C round trip', () => {
  it('gives back the same documents, texts, spans, tags, coders, memos, statement fields and links', async () => {
    await writeW3c(w3cInput(), path);
    const read = await readW3c(path, 'export.jsonld');
    const snapshot = w3cSnapshot();
    expect(read.format).toBe('w3c');
    expect(read.rejected).toEqual([]);
    expect(read.notes).toEqual([]);
    expect(read.origin).toMatchObject({ exportedBy: anna, project: snapshot.project });
    expect(read.layers.sort()).toEqual([anna.id, boris.id].sort());
    expect(read.coders).toEqual(expect.arrayContaining([anna, boris]));
    expect(read.tags).toEqual(snapshot.tags);
    expect(read.actors).toEqual(snapshot.actors);
    expect(read.concepts).toEqual(snapshot.concepts);
    expect(read.linkTypes).toEqual(snapshot.linkTypes);
    expect(read.documentInfos).toEqual(snapshot.documents.map((d) => d.info));
    for (const d of snapshot.documents) {
      const doc = await read.document(d.info.id);
      expect(doc.text).toBe(w3cTexts[d.info.id]);
      expect(doc.originalText).toBe(w3cOriginals[d.info.id]);
      const expected = [...d.layers.values()].flat().filter((a) => !a.orphaned);
      const sort = (l: readonly { id: string }[]) => [...l].sort((a, b) => a.id.localeCompare(b.id));
      expect(sort(await read.annotations(d.info.id))).toEqual(sort(expected));
    }
    expect(read.links.sort((a, b) => a.id.localeCompare(b.id))).toEqual([refiLinks.l1, refiLinks.l2]);
    expect(await read.annotations('doc-crlf')).toEqual([crlfAnnotation]);
  });
});

/** A project of one document, as the reader looks documents up in it. */
function project(text: string, info: Partial<DocumentInfo> = {}, originalText = text) {
  const doc: DocumentInfo = {
    id: 'doc-web',
    title: 'Web page',
    metadata: { url: 'https://example.org/article' },
    created: '2026-01-01T00:00:00.000Z',
    textLength: text.length,
    ...info,
  };
  return { listDocumentInfos: () => [doc], text: async () => ({ text, originalText }) };
}

const webText = 'Intro 🙂 line.\nWe will reduce emissions by 40% by 2030. We will reduce emissions by 40% later.';

function foreign(selector: unknown[], extra: Json = {}): Json {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:uuid:6a1c9a2e-3f43-4f0e-9d4e-1c2b3a4d5e6f',
    type: 'Annotation',
    motivation: 'commenting',
    creator: { id: 'https://example.org/users/alice', type: 'Person', name: 'Alice' },
    created: '2024-05-01T10:00:00Z',
    body: [
      { type: 'TextualBody', value: 'emissions', purpose: 'tagging' },
      { type: 'TextualBody', value: 'A <b>comment</b>', purpose: 'commenting' },
    ],
    target: { source: 'https://example.org/article', selector },
    ...extra,
  };
}

describe('W3C import of other tools’ annotations', () => {
  const write = async (name: string, content: unknown) => {
    const p = join(dir, name);
    await writeFile(p, typeof content === 'string' ? content : JSON.stringify(content));
    return p;
  };
  const quote = { type: 'TextQuoteSelector', exact: 'reduce emissions by 40%', prefix: 'We will ', suffix: ' later' };

  it('places a list of annotations on the project’s document its source names, positions in code points', async () => {
    const start = [...webText.slice(0, webText.lastIndexOf('reduce'))].length;
    const p = await write('list.json', [foreign([quote, { type: 'TextPositionSelector', start, end: start + 23 }])]);
    const read = await w3cReader(project(webText))(p, 'list.json');
    expect(read.rejected).toEqual([]);
    const [a] = await read.annotations('doc-web');
    expect(a).toMatchObject({
      id: '6a1c9a2e-3f43-4f0e-9d4e-1c2b3a4d5e6f',
      start: webText.lastIndexOf('reduce'),
      note: 'A <b>comment</b>',
      created: '2024-05-01T10:00:00Z',
    });
    expect(read.tags.find((t) => t.id === a?.tagId)?.name).toBe('emissions');
    expect(read.coders.find((c) => c.id === a?.coderId)?.name).toBe('Alice');
    expect(read.documentInfos.map((d) => d.id)).toEqual(['doc-web']);
    // The same file again: the same ids (a re-import changes nothing).
    const again = await w3cReader(project(webText))(p, 'list.json');
    expect(await again.annotations('doc-web')).toEqual(await read.annotations('doc-web'));
  });

  it('anchors by the quote when the position is wrong, and rejects what fits nowhere', async () => {
    const p = await write('wrong.json', [
      foreign([quote, { type: 'TextPositionSelector', start: 3, end: 26 }], { id: 'https://x.org/a/1' }),
      foreign([{ ...quote, exact: 'not in the text' }], { id: 'https://x.org/a/2' }),
      foreign([{ type: 'TextPositionSelector', start: 5, end: 5000 }], { id: 'https://x.org/a/3' }),
      foreign([quote], { id: 'https://x.org/a/4', target: { source: 'https://elsewhere.org/', selector: quote } }),
    ]);
    const read = await w3cReader(project(webText))(p, 'wrong.json');
    const [a] = await read.annotations('doc-web');
    expect(a?.start).toBe(webText.lastIndexOf('reduce'));
    expect(read.notes.map((n) => n.key)).toEqual(['exchange:w3c-noteTextNeeded', 'exchange:w3c-noteByQuote']);
    expect(read.rejected.map((r) => [r.annotation, r.reason.key])).toEqual([
      ['https://x.org/a/2', 'exchange:w3c-quoteNotFound'],
      ['https://x.org/a/3', 'exchange:w3c-outsideText'],
      ['https://x.org/a/4', 'exchange:w3c-textNeeded'],
    ]);
    // Without a project, a foreign file's texts are unknown: every annotation is rejected as needing its text.
    const alone = await readW3c(p, 'wrong.json');
    expect(alone.rejected.every((r) => r.reason.key === 'exchange:w3c-textNeeded')).toBe(true);
  });

  it('places a position with no quote only where the document’s original is its stored text', async () => {
    const original = 'Intro\r\nWe will reduce emissions.\r\n';
    const ours = original.replace(/\r\n/g, '\n');
    const start = [...ours.slice(0, ours.indexOf('reduce'))].length;
    const p = await write('position.json', [foreign([{ type: 'TextPositionSelector', start, end: start + 6 }])]);
    const same = await w3cReader(project(ours))(p, 'position.json');
    expect(same.rejected).toEqual([]);
    const [a] = await same.annotations('doc-web');
    expect([a?.start, a?.end]).toEqual([ours.indexOf('reduce'), ours.indexOf('reduce') + 6]);
    const changed = await w3cReader(project(ours, {}, original))(p, 'position.json');
    expect(await changed.annotations('doc-web')).toEqual([]);
    expect(changed.rejected.map((r) => r.reason.key)).toEqual(['exchange:w3c-positionOnlyOnChangedText']);
  });

  it('places a quote written in NFD with a position counted on the CRLF original (another tool’s copy) on our text', async () => {
    const original = 'Глава государства заявил:\r\n«Й это важно» 🙂.\r\n';
    const ours = original.replace(/\r\n/g, '\n');
    const start = [...original.slice(0, original.indexOf('«'))].length;
    const exact = '«Й это важно» 🙂'.normalize('NFD');
    const p = await write('nfd.json', [
      foreign([
        { type: 'TextQuoteSelector', exact },
        { type: 'TextPositionSelector', start, end: start + [...exact].length },
      ]),
    ]);
    const read = await w3cReader(project(ours))(p, 'nfd.json');
    expect(read.rejected).toEqual([]);
    const [a] = await read.annotations('doc-web');
    expect(a?.quote.exact).toBe('«Й это важно» 🙂');
    expect(a?.start).toBe(ours.indexOf('«'));
    expect(read.notes.map((n) => n.key)).toEqual(['exchange:w3c-noteByQuote']);
  });

  it('refuses a remote or inline @context (never fetched), garbage JSON, a file too large, no annotations', async () => {
    const refusal = async (p: string, maxBytes?: number) => {
      try {
        await w3cReader(project(webText), maxBytes)(p, 'x.json');
      } catch (e) {
        return (e as { text?: { key: string } }).text?.key;
      }
      return 'read';
    };
    const remote = await readFile(join(validators, 'jsonld', 'example-remote-context.json'), 'utf8').catch(() =>
      JSON.stringify({ ...foreign([quote]), '@context': 'http://example.org/my-context.jsonld' }),
    );
    expect(await refusal(await write('remote.json', remote))).toBe('exchange:w3c-remoteContext');
    const nested = foreign([quote], {
      body: { '@context': { value: 'http://evil/' }, type: 'TextualBody', value: 'x' },
    });
    expect(await refusal(await write('inline.json', nested))).toBe('exchange:w3c-remoteContext');
    expect(await refusal(await write('garbage.json', '{"@context": "http://www.w3.org/ns/anno.jsonld", '))).toBe(
      'exchange:w3c-notJson',
    );
    expect(await refusal(await write('huge.json', [foreign([quote])]), 100)).toBe('exchange:w3c-tooLarge');
    // Between the cap and V8's longest string (~512 MiB) a file is refused by its size, not by an uncoded throw.
    const sparse = await write('sparse.json', '[');
    await truncate(sparse, 300 * 2 ** 20);
    expect(await refusal(sparse)).toBe('exchange:w3c-tooLarge');
    expect(await refusal(await write('none.json', { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'X' }))).toBe(
      'exchange:w3c-notAnnotations',
    );
    const deep = JSON.stringify({ ...foreign([quote]), body: 'DEEP' }).replace(
      '"DEEP"',
      `${'['.repeat(100_000)}1${']'.repeat(100_000)}`,
    );
    expect(await refusal(await write('deep.json', deep))).toBe('exchange:w3c-tooDeep');
    const pages = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://x.org/c',
      type: 'AnnotationCollection',
      total: 5,
      first: 'https://x.org/c/1',
    };
    expect(await refusal(await write('pages.json', pages))).toBe('exchange:w3c-pagesMissing');
  });

  it('refuses our own export whose records were damaged, importing nothing of it', async () => {
    await writeW3c(w3cInput(), path);
    const damaged = JSON.parse(await readFile(path, 'utf8')) as Json;
    const records = (damaged['urn:glossator:vocab:records'] as Json)['@value'] as Json;
    (records.documents as Json[])[0] = { ...(records.documents as Json[])[0], text: 'changed' };
    const p = await write('damaged.jsonld', damaged);
    await expect(readW3c(p, 'damaged.jsonld')).rejects.toMatchObject({ text: { key: 'exchange:w3c-badRecords' } });
  });

  it('refuses a __proto__ key in our records literal or in an annotation with a coded message', async () => {
    await writeW3c(w3cInput(), path);
    const text = await readFile(path, 'utf8');
    const inRecords = text.replace(/"documents"\s*:/, '"__proto__": {"polluted": true}, "documents":');
    expect(inRecords).not.toBe(text);
    const p = await write('records-proto.jsonld', inRecords);
    await expect(readW3c(p, 'records-proto.jsonld')).rejects.toMatchObject({
      text: { key: 'exchange:w3c-forbiddenKey' },
    });
    const inAnnotation = JSON.stringify(foreign([quote])).replace(
      '"motivation":',
      '"\\u005f_proto__": 1, "motivation":',
    );
    const q = await write('annotation-proto.json', inAnnotation);
    await expect(w3cReader(project(webText))(q, 'annotation-proto.json')).rejects.toMatchObject({
      text: { key: 'exchange:w3c-forbiddenKey' },
    });
  });
});
