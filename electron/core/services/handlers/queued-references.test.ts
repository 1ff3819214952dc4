import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../../shared/model/document.ts';
import { openTestSession, type TestSession } from '../../testing/test-session.ts';

let t: TestSession;
let doc: DocumentSummary;
// Long enough that a correction of it takes a while: what is asked after it waits its turn.
const text = `${'Токаев заявил, что ШОС должна принять программу сотрудничества против терроризма. '.repeat(20_000)}`;

beforeEach(async () => {
  t = await openTestSession();
  doc = await t.call('addDocument', { title: 'Заявление', text });
});
afterEach(() => t.close());

/** Starts a long text correction; the calls asked after it wait in the change queue. */
function longCorrection(): Promise<unknown> {
  return t.call('editText', {
    documentId: doc.id,
    expectedLength: text.length,
    changes: [{ from: 0, to: 0, insert: 'Правка. ' }],
  });
}

describe('references are checked when the change runs, not when it is asked for', () => {
  it('a tag deleted just before a create queued behind a long correction: the create is refused, nothing saved', async () => {
    const tag = await t.call('createTag', { name: 'Временный', parent: null });
    const correction = longCorrection();
    const deleted = t.call('deleteTag', { tagId: tag.id });
    const created = t.fail('createAnnotation', { documentId: doc.id, tagId: tag.id, start: 20, end: 26 });
    await Promise.all([correction, deleted]);
    expect(await created).toMatchObject({ code: 'not-found', message: expect.stringContaining(tag.id) });
    expect((await t.onDisk(doc.id)).some((a) => a.tagId === tag.id)).toBe(false);
  });

  it('an actor deleted just before a speaker is set: refused, nothing saved', async () => {
    const { actor } = await t.call('createActor', { name: 'Еркин Тукумов', type: 'person' });
    const claim = await t.call('createAnnotation', { documentId: doc.id, tagId: 'claim', start: 0, end: 6 });
    const correction = longCorrection();
    const deleted = t.call('deleteActor', { actorId: actor.id });
    const set = t.fail('updateAnnotation', { annotationId: claim.id, speakerId: actor.id });
    await Promise.all([correction, deleted]);
    expect(await set).toMatchObject({ code: 'not-found' });
    expect((await t.onDisk(doc.id)).find((a) => a.id === claim.id)?.speakerId).toBeUndefined();
  });

  it('a link type deleted just before a link is made: refused, nothing saved', async () => {
    const a = await t.call('createAnnotation', { documentId: doc.id, tagId: 'claim', start: 0, end: 6 });
    const b = await t.call('createAnnotation', { documentId: doc.id, tagId: 'proposal', start: 20, end: 26 });
    const type = await t.call('createLinkType', { name: 'Уточняет' });
    const correction = longCorrection();
    const deleted = t.call('deleteLinkType', { typeId: type.id });
    const linked = t.fail('createLink', { fromId: a.id, toId: b.id, typeId: type.id });
    await Promise.all([correction, deleted]);
    expect(await linked).toMatchObject({ code: 'not-found' });
    expect(await t.call('listLinks', {})).toEqual([]);
  });
});
