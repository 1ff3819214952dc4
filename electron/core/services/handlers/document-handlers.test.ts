import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Coder } from '../../../../shared/model/coder.ts';
import type { DocumentSummary } from '../../../../shared/model/document.ts';
import { catalogFile } from '../../store/open-catalog.ts';
import { layout } from '../../store/project-layout.ts';
import { canonicalJson, projectFingerprint } from '../../testing/crash-project.ts';
import { testCoder } from '../../testing/open-test-store.ts';
import { tempDir } from '../../testing/temp-dir.ts';
import { openTestSession, type SessionDriver, sessionDriver, type TestSession } from '../../testing/test-session.ts';
import { inEnglish } from '../../../../shared/ipc/errors.ts';

let t: TestSession;
let doc: DocumentSummary;
const text = 'МУСОР 494.87 / 520.65\nМинистры обсуидли угрозы 📈 терроризма.\nОДКБ поддержала предложение.';
const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

beforeEach(async () => {
  t = await openTestSession();
  doc = await t.call('addDocument', { title: 'Заметка', text });
});
afterEach(() => t.close());

describe('text corrections', () => {
  it('maps annotations through a typo fix and a deleted junk line, orphaning the deleted one, and undo restores all', async () => {
    const junk = await t.call('createAnnotation', { documentId: doc.id, tagId: 'claim', ...at('494.87') });
    const threat = await t.call('createAnnotation', {
      documentId: doc.id,
      tagId: 'claim',
      ...at('угрозы 📈 терроризма'),
    });
    const csto = await t.call('createAnnotation', { documentId: doc.id, tagId: 'actor-mention', ...at('ОДКБ') });
    const typo = text.indexOf('обсуидли');
    const result = await t.call('editText', {
      documentId: doc.id,
      expectedLength: text.length,
      changes: [
        { from: typo, to: typo + 'обсуидли'.length, insert: 'обсудили' },
        { from: 0, to: text.indexOf('\n') + 1, insert: '' },
      ],
    });
    const fixed = 'Министры обсудили угрозы 📈 терроризма.\nОДКБ поддержала предложение.';
    expect((await t.call('getDocument', { documentId: doc.id })).text).toBe(fixed);
    expect(result.document.textLength).toBe(fixed.length);
    expect(result.orphaned).toBe(1);
    const byId = new Map(result.annotations.map((a) => [a.id, a]));
    expect(fixed.slice(byId.get(threat.id)!.start, byId.get(threat.id)!.end)).toBe('угрозы 📈 терроризма');
    expect(fixed.slice(byId.get(csto.id)!.start, byId.get(csto.id)!.end)).toBe('ОДКБ');
    expect(byId.get(junk.id)).toMatchObject({ orphaned: true, start: 0, end: 0, quote: { exact: '494.87' } });
    expect(await t.onDisk(doc.id)).toEqual(await t.call('listAnnotations', { documentId: doc.id }));
    // The text as imported is never changed by a correction.
    expect((await t.call('getDocument', { documentId: doc.id, withOriginal: true })).originalText).toBe(text);

    const orphan = byId.get(junk.id)!;
    const reattached = await t.call('updateAnnotation', { annotationId: orphan.id, start: 0, end: 8 });
    expect(reattached.orphaned).toBeUndefined();
    expect(reattached.quote.exact).toBe('Министры');

    await t.call('undo', {});
    await t.call('undo', {});
    expect((await t.call('getDocument', { documentId: doc.id })).text).toBe(text);
    expect(await t.onDisk(doc.id)).toEqual([junk, threat, csto].sort((a, b) => a.start - b.start));
    expect((await t.call('listDocuments', {}))[0]!.textLength).toBe(text.length);
  });

  it('refuses an edit made on a stale text, or one cutting an emoji in half, and changes nothing', async () => {
    const emoji = text.indexOf('📈');
    expect(
      (await t.fail('editText', { documentId: doc.id, expectedLength: 3, changes: [{ from: 0, to: 1, insert: '' }] }))
        .code,
    ).toBe('conflict');
    const half = await t.fail('editText', {
      documentId: doc.id,
      expectedLength: text.length,
      changes: [{ from: emoji + 1, to: emoji + 2, insert: '' }],
    });
    expect(half.code).toBe('invalid-input');
    expect((await t.call('getDocument', { documentId: doc.id })).text).toBe(text);
  });

  it('saves a document memo and undoes it', async () => {
    await t.call('updateDocument', { documentId: doc.id, memo: 'Источник сомнителен' });
    expect((await t.call('listDocuments', {}))[0]!.memo).toBe('Источник сомнителен');
    await t.call('undo', {});
    expect((await t.call('listDocuments', {}))[0]!.memo).toBeUndefined();
  });
});

describe('document details', () => {
  it('sets and clears metadata fields of one document, and undo restores them', async () => {
    await t.call('updateDocument', { documentId: doc.id, metadata: { source: 'Orda.kz', date: '2024-03-14' } });
    const changed = await t.call('updateDocument', {
      documentId: doc.id,
      metadata: { source: null, url: ' https://orda.kz/x ' },
    });
    expect(changed.metadata).toEqual({ date: '2024-03-14', url: 'https://orda.kz/x' });
    await t.call('undo', {});
    const [row] = await t.call('listDocuments', {});
    expect(row?.metadata).toEqual({ source: 'Orda.kz', date: '2024-03-14' });
  });

  it('edits many documents at once as one undo step, keeping fields not named', async () => {
    const other = await t.call('addDocument', { title: 'Другая', text: 'Текст.', metadata: { author: 'А. Б.' } });
    await t.call('updateDocuments', {
      documentIds: [doc.id, other.id],
      metadata: { language: 'ru', source: 'Aqnews.kz' },
    });
    const rows = await t.call('listDocuments', {});
    expect(rows.map((r) => r.metadata)).toEqual([
      { language: 'ru', source: 'Aqnews.kz' },
      { author: 'А. Б.', language: 'ru', source: 'Aqnews.kz' },
    ]);
    expect(inEnglish((await t.call('getHistory', {})).undo)).toBe('Edit the details of 2 documents');
    await t.call('undo', {});
    expect((await t.call('listDocuments', {})).map((r) => r.metadata)).toEqual([{}, { author: 'А. Б.' }]);
    expect(
      (await t.fail('updateDocuments', { documentIds: [doc.id, 'nope'], metadata: { language: 'kk' } })).code,
    ).toBe('not-found');
    expect((await t.call('listDocuments', {}))[0]?.metadata).toEqual({});
  });

  it('lists the tags, actors and coders each document uses, for the Library filters', async () => {
    await t.call('createAnnotation', { documentId: doc.id, tagId: 'claim', start: 0, end: 5 });
    const [row] = await t.call('listDocuments', {});
    expect(row).toMatchObject({ annotationCount: 1, tagIds: ['claim'], actorIds: [], coderIds: [expect.any(String)] });
  });
});

describe('deleting documents', () => {
  const second: Coder = { id: 'coder-second', name: 'Second Coder' };
  const words = {
    one: 'Министры обсудили вербовку в сети.',
    two: 'Совет обороны заявил об угрозе на границе.',
    three: 'Аналитики предлагают профилактику.',
  };
  let dir: string;
  let removeDir: () => Promise<void>;
  let ids: { one: string; two: string; three: string };

  /** A project where two coders annotated three documents and linked across them. */
  beforeEach(async () => {
    ({ dir, cleanup: removeDir } = await tempDir());
    const first = await openOn(dir, testCoder);
    const add = (title: string, text: string) => first.call('addDocument', { title, text });
    ids = {
      one: (await add('Первый', words.one)).id,
      two: (await add('Второй', words.two)).id,
      three: (await add('Третий', words.three)).id,
    };
    const span = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
    const mark = (s: Opened, documentId: string, text: string, part: string) =>
      s.call('createAnnotation', { documentId, tagId: 'claim', ...span(text, part) });
    const a1 = await mark(first, ids.one, words.one, 'вербовку');
    const a3 = await mark(first, ids.three, words.three, 'профилактику');
    await first.call('createLink', { fromId: a1.id, toId: a3.id, typeId: 'responds-to' });
    const [suggestion] = [{ actorId: 'none', documentId: ids.two, start: 0, end: 5, exact: 'Совет' }];
    await first.call('createActor', { name: 'Совет обороны', type: 'organization' });
    const actor = (await first.call('listActors', {}))[0]!;
    await first.call('rejectMentions', { items: [{ ...suggestion!, actorId: actor.id }] });
    await first.close();
    const other = await openOn(dir, second);
    const b1 = await mark(other, ids.one, words.one, 'Министры');
    const b2 = await mark(other, ids.two, words.two, 'угрозе');
    const b3 = await mark(other, ids.three, words.three, 'Аналитики');
    await other.call('createLink', { fromId: b2.id, toId: b3.id, typeId: 'supports' });
    await other.call('createLink', { fromId: b3.id, toId: b1.id, typeId: 'cites' });
    // A link between the two documents to delete, and one within the one kept.
    await other.call('createLink', { fromId: b1.id, toId: b2.id, typeId: 'cites' });
    await other.call('createLink', { fromId: b3.id, toId: a3.id, typeId: 'supports' });
    await other.close();
  });
  afterEach(() => removeDir());

  /** Every record of the project, originals and rejected suggestions too, as one text to compare. */
  async function everything(s: Opened): Promise<string> {
    const store = s.session.store;
    const originals = [];
    for (const info of store.listDocumentInfos()) originals.push((await store.text(info.id)).originalText);
    return `${await projectFingerprint(store)} ${canonicalJson({ originals, rejected: store.rejectedMentions() })}`;
  }

  it('deletes several documents with both coders’ annotations and every link touching them, as one undo step', async () => {
    const s = await openOn(dir, testCoder);
    const before = await everything(s);
    const gone = [ids.one, ids.two];
    expect(await s.call('documentDeletionPreview', { documentIds: gone })).toEqual({
      documents: 2,
      annotations: 3,
      links: 4,
    });
    const { change, history } = await s.call('deleteDocuments', { documentIds: gone });
    expect(change.removedDocuments).toEqual(gone);
    expect(change.removedLinks).toHaveLength(4);
    expect(inEnglish(history.undo)).toBe('Delete 2 documents');
    expect((await s.call('listDocuments', {})).map((d) => d.id)).toEqual([ids.three]);
    expect(existsSync(layout.documentDir(dir, ids.one))).toBe(false);
    expect(existsSync(layout.documentDir(dir, ids.two))).toBe(false);
    // Only the link within the document kept is left, in its coder's file (a coder left with no links has none).
    const linksOf = (coderId: string) =>
      existsSync(layout.linkLayerFile(dir, coderId))
        ? (JSON.parse(readFileSync(layout.linkLayerFile(dir, coderId), 'utf8')) as { links: unknown[] }).links
        : [];
    expect(linksOf(testCoder.id)).toEqual([]);
    expect(linksOf(second.id)).toHaveLength(1);
    expect(s.session.store.rejectedMentions()).toEqual([]);
    expect(s.session.store.info().annotationCount).toBe(2);
    // Search, annotation search and the networks know nothing of them any more.
    expect((await s.call('searchText', { query: 'вербовку' })).lines).toEqual([]);
    expect((await s.call('searchText', { query: 'профилактику' })).lines).toHaveLength(1);
    expect((await s.call('searchAnnotations', { query: 'Министры' })).rows).toEqual([]);
    const network = await s.call('getNetwork', { kind: 'links' });
    expect(network.nodes.every((n) => n.documentId === ids.three)).toBe(true);
    await expect(s.call('getDocument', { documentId: ids.one })).rejects.toThrow(/not-found/);
    const deleted = await everything(s);

    const undone = await s.call('undo', {});
    expect(inEnglish(undone.label)).toBe('Delete 2 documents');
    expect(undone.change.documents.map((d) => d.id).sort()).toEqual([...gone].sort());
    expect(await everything(s)).toBe(before);
    expect((await s.call('listDocuments', {})).map((d) => d.id)).toEqual([ids.one, ids.two, ids.three]);
    expect((await s.call('searchText', { query: 'вербовку' })).lines).toHaveLength(1);
    expect((await s.call('searchAnnotations', { query: 'Министры' })).rows).toHaveLength(1);
    await s.close();

    // From disk, as undo left it; then deleted again, as redo leaves it.
    const again = await openOn(dir, testCoder);
    expect(again.session.store.problems).toEqual([]);
    expect(await everything(again)).toBe(before);
    await again.call('deleteDocuments', { documentIds: gone });
    expect(await everything(again)).toBe(deleted);
    await again.close();
    const third = await openOn(dir, testCoder);
    expect(third.session.store.problems).toEqual([]);
    expect(await everything(third)).toBe(deleted);
    await third.close();
  });

  it('does not bring a deleted document back from an open catalogue written before it was deleted', async () => {
    // Opened and closed once: the catalogue lists all three.
    await (await openOn(dir, testCoder)).close();
    const catalog = readFileSync(catalogFile(dir));
    const s = await openOn(dir, testCoder);
    await s.call('deleteDocuments', { documentIds: [ids.two] });
    const deleted = await everything(s);
    await s.close();
    // As if the process had stopped before the catalogue was written again.
    writeFileSync(catalogFile(dir), catalog);
    const reopened = await openOn(dir, testCoder);
    expect((await reopened.call('listDocuments', {})).map((d) => d.id)).toEqual([ids.one, ids.three]);
    expect(await everything(reopened)).toBe(deleted);
    await reopened.close();
  });

  it('refuses unknown ids and a document with a file that could not be read, changing nothing', async () => {
    const s = await openOn(dir, testCoder);
    const before = await everything(s);
    const undoBefore = (await s.call('getHistory', {})).undo;
    expect((await s.fail('deleteDocuments', { documentIds: [ids.one, 'no-such-document'] })).code).toBe('not-found');
    expect((await s.fail('documentDeletionPreview', { documentIds: ['no-such-document'] })).code).toBe('not-found');
    expect(await everything(s)).toBe(before);
    expect((await s.call('getHistory', {})).undo).toEqual(undoBefore);
    await s.close();

    // As root, permissions do not stop a read: a folder in the layer's place cannot be read either.
    const layer = layout.layerFile(dir, ids.two, second.id);
    rmSync(layer);
    mkdirSync(layer);
    const blocked = await openOn(dir, testCoder);
    const failure = await blocked.fail('deleteDocuments', { documentIds: [ids.one, ids.two] });
    expect(failure.code).toBe('io');
    expect(failure.message).toContain(`documents/${ids.two}/annotations.${second.id}.json`);
    expect((await blocked.call('listDocuments', {})).map((d) => d.id)).toEqual([ids.one, ids.two, ids.three]);
    expect(existsSync(layout.textFile(dir, ids.one))).toBe(true);
    await blocked.close();
  });

  it('says which document one deletion took, for the undo menu', async () => {
    const s = await openOn(dir, testCoder);
    const { history } = await s.call('deleteDocuments', { documentIds: [ids.three, ids.three] });
    expect(inEnglish(history.undo)).toBe('Delete “Третий”');
    await s.close();
  });
});

type Opened = SessionDriver & { close: () => Promise<void> };

/** A session of `coder` on the project in `dir`, driven through the real dispatch. */
async function openOn(dir: string, coder: Coder): Promise<Opened> {
  const driver = await sessionDriver(dir, coder);
  return { ...driver, close: () => driver.session.close() };
}
