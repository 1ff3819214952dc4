import { readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION } from '../../../shared/model/project.ts';
import { layout } from '../store/project-layout.ts';
import type { ProjectStore } from '../store/project-store.ts';
import { addTestDocument, openTestStore } from '../testing/open-test-store.ts';
import { openTestSession } from '../testing/test-session.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { decodeSearchIndex, encodeSearchIndex, searchIndexFile } from './search-index-file.ts';
import { SearchService } from './search-service.ts';
import { textTerms } from './text-terms.ts';

// Counts the texts whose terms are computed: a text taken from the cache is never stemmed again.
vi.mock('./text-terms.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('./text-terms.ts')>();
  return { textTerms: vi.fn(real.textTerms) };
});
const stemmed = () => vi.mocked(textTerms).mock.calls.map(([text]) => text);

const texts: Record<string, string> = {
  a: 'Вчера Токаев принял министра. Токаеву доложили о совместных учениях ОДКБ.',
  b: 'Совместные учения ШОС прошли в Казахстане. Саммит ШОС завершился.',
  c: 'На саммите ОДКБ обсуждали терроризм и экстремизм. Терроризму нет места.',
  d: 'Президент Токаев заявил о борьбе с терроризмом на саммитах.',
  e: 'The summits discussed terrorism; Tokayev spoke of happiness.',
};
const queries = [
  'Токаева',
  'терроризм',
  '"совместные учения"',
  '"совместных учений" ОДКБ',
  'саммит ШОС',
  'summit',
  'нет',
];

let dir: string;
let cleanup: () => Promise<void>;
let store: ProjectStore | null = null;

beforeAll(() => {
  // The file's check of the stemming stems a sample once per process: done here, so it is not counted below.
  encodeSearchIndex({ snapshot: { documents: [], terms: [], postings: [] }, texts: [] });
});
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  store = await openTestStore(dir);
  for (const [id, text] of Object.entries(texts)) await addTestDocument(store, id, text);
});
afterEach(async () => {
  await store?.close();
  store = null;
  await cleanup();
});

/** Opens the project again, as a new session does. */
async function reopen(): Promise<ProjectStore> {
  await store?.close();
  store = await openTestStore(dir);
  vi.mocked(textTerms).mockClear();
  return store;
}

/** Every query's answer once the index is complete; then closes the search (which writes its cache). */
async function answers(s: ProjectStore) {
  const search = new SearchService(s);
  const results = [];
  for (const q of queries) results.push(await search.searchText(q, 100, 60_000));
  await search.stop();
  return results;
}

const writeText = (id: string, text: string) =>
  writeFileSync(
    layout.textFile(dir, id),
    JSON.stringify({ schemaVersion: SCHEMA_VERSION, text, originalText: text }, null, 2),
  );

describe('the search index kept on disk', () => {
  it('answers after a reopen exactly as a fresh build, without stemming a text again', async () => {
    const fresh = await answers(store as ProjectStore);
    expect(fresh.map((r) => r.lines.map((l) => l.match))).toEqual([
      ['Токаев', 'Токаеву', 'Токаев'],
      ['терроризм', 'Терроризму', 'терроризмом'],
      ['совместных учениях', 'Совместные учения'],
      ['совместных учениях', 'ОДКБ'],
      ['ШОС', 'Саммит', 'ШОС'],
      ['summits'],
      ['нет'],
    ]);
    expect(fresh.every((r) => r.progress.indexed === 5 && r.progress.total === 5)).toBe(true);

    const reloaded = await answers(await reopen());
    expect(reloaded).toEqual(fresh);
    expect(stemmed()).toEqual([]);

    // And the cache gone: built from the texts again, with the same answers.
    rmSync(searchIndexFile(dir));
    expect(await answers(await reopen())).toEqual(fresh);
    expect(stemmed()).toHaveLength(5);
  });

  it('follows a text changed on disk while the project was closed, by its hash', async () => {
    await answers(store as ProjectStore);
    const changed = 'Совместные учения отменили.';
    writeText('b', changed);
    // Rewritten with the same text: another stamp, the same hash, so not indexed again.
    writeText('c', texts.c as string);
    utimesSync(layout.textFile(dir, 'c'), new Date(2001, 0, 1), new Date(2001, 0, 1));
    const s = await reopen();
    const search = new SearchService(s);
    expect((await search.searchText('ШОС', 100, 60_000)).lines).toEqual([]);
    expect((await search.searchText('отменили', 100, 60_000)).lines.map((l) => l.documentId)).toEqual(['b']);
    expect((await search.searchText('экстремизм', 100, 60_000)).lines.map((l) => l.documentId)).toEqual(['c']);
    expect(stemmed()).toEqual([changed]);
    await search.stop();
    // The new stamps were kept: the next open reads no text at all.
    await answers(await reopen());
    expect(stemmed()).toEqual([]);
  });

  it('drops a document deleted and takes one added while the project was closed', async () => {
    await answers(store as ProjectStore);
    await store?.close();
    rmSync(layout.documentDir(dir, 'd'), { recursive: true });
    store = await openTestStore(dir);
    await addTestDocument(store, 'f', 'Токаеву вручили награду.');
    vi.mocked(textTerms).mockClear();
    const search = new SearchService(store);
    const found = await search.searchText('Токаев', 100, 60_000);
    expect(found.lines.map((l) => l.documentId)).toEqual(['a', 'a', 'f']);
    expect(found.progress).toEqual({ indexed: 5, total: 5 });
    expect(stemmed()).toEqual(['Токаеву вручили награду.']);
    await search.stop();
    const kept = decodeSearchIndex(readFileSync(searchIndexFile(dir)));
    expect(kept?.snapshot.documents.sort()).toEqual(['a', 'b', 'c', 'e', 'f']);
  });

  it('ignores a cache file that is cut off, damaged, foreign or of a newer format, and builds again', async () => {
    const fresh = await answers(store as ProjectStore);
    const good = readFileSync(searchIndexFile(dir));
    const headerEnd = good.indexOf(10);
    // One digit of a text's hash changed: still a well-formed file, only its checksum tells.
    const flipped = Buffer.from(good);
    const digit = good.indexOf('["a","') + 6;
    flipped[digit] = flipped[digit] === 0x30 ? 0x31 : 0x30;
    const header = JSON.parse(good.toString('utf8', 0, headerEnd));
    const newer = Buffer.concat([
      Buffer.from(JSON.stringify({ ...header, version: header.version + 1 })),
      good.subarray(headerEnd),
    ]);
    const damaged = {
      'cut off': good.subarray(0, good.length >> 1),
      'one digit changed': flipped,
      'only a header': good.subarray(0, headerEnd + 1),
      empty: Buffer.alloc(0),
      foreign: Buffer.from('{"format": "something-else"}\n{}'),
      'not JSON': Buffer.from('\u0000\u0001garbage'),
      'a newer format': newer,
    };
    for (const [what, bytes] of Object.entries(damaged)) {
      writeFileSync(searchIndexFile(dir), bytes);
      await reopen();
      expect(await answers(store as ProjectStore), what).toEqual(fresh);
      expect(stemmed(), what).toHaveLength(5);
    }
    // The last build wrote a good file again.
    await reopen();
    await answers(store as ProjectStore);
    expect(stemmed()).toEqual([]);
  });

  it('counts documents as indexed only once their text is known to be the one indexed', async () => {
    await answers(store as ProjectStore);
    writeText('a', 'Новый текст.');
    writeFileSync(layout.textFile(dir, 'e'), '{"schemaVersion": 4, "text": ');
    const s = await reopen();
    const search = new SearchService(s);
    expect(search.progress()).toEqual({ indexed: 0, total: 5 });
    await search.build();
    // The unreadable text counts as done (it cannot be indexed), and leaves the results.
    expect(search.progress()).toEqual({ indexed: 5, total: 5 });
    expect((await search.searchText('summit', 100, 0)).lines).toEqual([]);
    expect((await search.searchText('Токаев', 100, 0)).lines.map((l) => l.documentId)).toEqual(['d']);
    await search.stop();
  });
});

describe('the search index of a session', () => {
  it('is written when the project closes, with what the session changed', async () => {
    const t = await openTestSession();
    const other = await tempDir();
    try {
      const one = await t.call('addDocument', { title: 'Один', text: 'Здесь про ШОС.' });
      const two = await t.call('addDocument', { title: 'Два', text: 'О саммите ОДКБ.' });
      expect((await t.call('searchText', { query: 'ШОС' })).lines).toHaveLength(1);
      await t.call('editText', {
        documentId: one.id,
        expectedLength: 14,
        changes: [{ from: 10, to: 13, insert: 'саммиты' }],
      });
      await t.call('deleteDocuments', { documentIds: [two.id] });
      expect((await t.call('searchText', { query: 'саммит' })).lines.map((l) => l.documentId)).toEqual([one.id]);
      // Opening another project closes this one, and its index is written first.
      await t.call('openProject', { path: other.dir });
      expect(decodeSearchIndex(readFileSync(searchIndexFile(t.dir)))?.snapshot.documents).toEqual([one.id]);
      vi.mocked(textTerms).mockClear();
      await t.call('openProject', { path: t.dir });
      const found = await t.call('searchText', { query: 'саммит' });
      expect(found.lines.map((l) => l.match)).toEqual(['саммиты']);
      expect(found.progress).toEqual({ indexed: 1, total: 1 });
      expect(stemmed()).toEqual([]);
    } finally {
      await t.close();
      await other.cleanup();
    }
  });
});
