import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../../shared/model/document.ts';
import { openTestSession, type TestSession } from '../../testing/test-session.ts';

let t: TestSession;
let doc: DocumentSummary;
const text = 'Токаев заявил, что ШОС должна принять программу сотрудничества против терроризма.\nВторой абзац.';

beforeEach(async () => {
  t = await openTestSession();
  doc = await t.call('addDocument', { title: 'Заявление', text });
});
afterEach(() => t.close());

const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

describe('statements', () => {
  it('records speaker, addressee, stance and date on a proposal, and clears them with null', async () => {
    const { actor } = await t.call('createActor', { name: 'Касым-Жомарт Токаев', type: 'person' });
    const { actor: sco } = await t.call('createActor', { name: 'ШОС', type: 'organization' });
    const p = await t.call('createAnnotation', { documentId: doc.id, tagId: 'proposal', ...span('принять программу') });
    const set = await t.call('updateAnnotation', {
      annotationId: p.id,
      speakerId: actor.id,
      addresseeId: sco.id,
      stance: 'supports',
      statementDate: '2024-07-04',
    });
    expect(set).toMatchObject({
      speakerId: actor.id,
      addresseeId: sco.id,
      stance: 'supports',
      statementDate: '2024-07-04',
    });
    expect((await t.onDisk(doc.id))[0]).toMatchObject({ speakerId: actor.id, stance: 'supports' });
    const cleared = await t.call('updateAnnotation', { annotationId: p.id, addresseeId: null, stance: null });
    expect(cleared.addresseeId).toBeUndefined();
    expect(cleared.stance).toBeUndefined();
    expect(cleared.speakerId).toBe(actor.id);
    expect('stance' in (await t.onDisk(doc.id))[0]!).toBe(false);
  });

  it('refuses an unknown speaker and changes nothing', async () => {
    const p = await t.call('createAnnotation', { documentId: doc.id, tagId: 'proposal', ...span('принять') });
    const failure = await t.fail('updateAnnotation', { annotationId: p.id, speakerId: 'no-such-actor' });
    expect(failure.code).toBe('not-found');
    expect((await t.onDisk(doc.id))[0]!.speakerId).toBeUndefined();
  });

  it('refuses a malformed statement date', async () => {
    const p = await t.call('createAnnotation', { documentId: doc.id, tagId: 'claim', ...span('Токаев') });
    expect((await t.fail('updateAnnotation', { annotationId: p.id, statementDate: '4 July' })).code).toBe(
      'invalid-input',
    );
  });
});

describe('undo and redo', () => {
  it('takes back tagging, editing and deleting one step at a time, with disk and memory agreeing', async () => {
    const a = await t.call('createAnnotation', { documentId: doc.id, tagId: 'claim', ...span('Токаев заявил') });
    await t.call('updateAnnotation', { annotationId: a.id, tagId: 'proposal', note: 'проверить' });
    await t.call('deleteAnnotation', { annotationId: a.id });
    const agree = async () =>
      expect(await t.onDisk(doc.id)).toEqual(await t.call('listAnnotations', { documentId: doc.id }));

    expect(await t.call('getHistory', {})).toMatchObject({ undo: { key: 'history:deleteQuote' }, redo: null });
    let step = await t.call('undo', {});
    expect(step.change.annotations.map((x) => x.tagId)).toEqual(['proposal']);
    await agree();
    step = await t.call('undo', {});
    expect(step.change.annotations[0]).toMatchObject({ tagId: 'claim', note: '' });
    await agree();
    step = await t.call('undo', {});
    expect(step.change.removedAnnotations).toEqual([{ id: a.id, documentId: doc.id }]);
    expect(await t.onDisk(doc.id)).toEqual([]);
    expect((await t.call('undo', {})).label).toBeNull();

    step = await t.call('redo', {});
    expect(step.change.annotations[0]).toMatchObject({ id: a.id, tagId: 'claim' });
    step = await t.call('redo', {});
    expect(step.change.annotations[0]).toMatchObject({ tagId: 'proposal', note: 'проверить' });
    await agree();
    // A new change after an undo clears what could be redone.
    await t.call('undo', {});
    await t.call('createAnnotation', { documentId: doc.id, tagId: 'claim', ...span('Второй') });
    expect((await t.call('getHistory', {})).redo).toBeNull();
  });

  it('previews small undo steps, numbered so a stale preview can be told apart', async () => {
    const a = await t.call('createAnnotation', { documentId: doc.id, tagId: 'claim', ...span('Токаев') });
    const labels = await t.call('getHistory', {});
    expect(labels.undoPreview?.removedAnnotations).toEqual([{ id: a.id, documentId: doc.id }]);
    const b = await t.call('createAnnotation', { documentId: doc.id, tagId: 'claim', ...span('ШОС') });
    const newer = await t.call('getHistory', {});
    expect(newer.undoSeq).not.toBe(labels.undoSeq);
    const step = await t.call('undo', {});
    expect(step.seq).toBe(newer.undoSeq);
    expect(step.change.removedAnnotations).toEqual([{ id: b.id, documentId: doc.id }]);
    expect(step.next.undoPreview?.removedAnnotations).toEqual([{ id: a.id, documentId: doc.id }]);
  });

  it('undoes a step made in another document after switching documents', async () => {
    const other = await t.call('addDocument', { title: 'Другой', text: 'Совсем другой текст.' });
    const a = await t.call('createAnnotation', { documentId: other.id, tagId: 'claim', start: 0, end: 6 });
    await t.call('createAnnotation', { documentId: doc.id, tagId: 'claim', ...span('Токаев') });
    await t.call('undo', {});
    const step = await t.call('undo', {});
    expect(step.change.removedAnnotations).toEqual([{ id: a.id, documentId: other.id }]);
    expect(await t.onDisk(other.id)).toEqual([]);
  });

  it('clears the history when another project is opened', async () => {
    await t.call('createAnnotation', { documentId: doc.id, tagId: 'claim', ...span('Токаев') });
    const second = await openTestSession();
    const elsewhere = second.dir;
    await second.session.close();
    await t.call('openProject', { path: elsewhere });
    expect(await t.call('getHistory', {})).toMatchObject({ undo: null, redo: null, undoPreview: null });
    await t.call('openProject', { path: t.dir });
    await second.close();
  });
});
