import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../../shared/model/document.ts';
import { openTestSession, type TestSession } from '../../testing/test-session.ts';

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
    expect((await t.call('getHistory', {})).undo).toBe('Edit the details of 2 documents');
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
