import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../shared/model/annotation.ts';
import { openTestSession, type TestSession } from '../../testing/test-session.ts';

let t: TestSession;
let a: Annotation;
let b: Annotation;
let c: Annotation;
const textA = 'ШОС предложила программу по борьбе с терроризмом на 2025–2027 годы.';
const textB = 'Казахстан поддержал программу ШОС и предложил усилить обмен данными.';
const span = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

beforeEach(async () => {
  t = await openTestSession();
  const docA = await t.call('addDocument', { title: 'Саммит', text: textA });
  const docB = await t.call('addDocument', { title: 'Ответ', text: textB });
  a = await t.call('createAnnotation', {
    documentId: docA.id,
    tagId: 'proposal',
    ...span(textA, 'предложила программу'),
  });
  b = await t.call('createAnnotation', {
    documentId: docB.id,
    tagId: 'claim',
    ...span(textB, 'поддержал программу ШОС'),
  });
  c = await t.call('createAnnotation', {
    documentId: docB.id,
    tagId: 'proposal',
    ...span(textB, 'усилить обмен данными'),
  });
});
afterEach(() => t.close());

describe('links between annotations', () => {
  it('links annotations of two documents, lists them from either document, and refuses doubles and self-links', async () => {
    const link = await t.call('createLink', { fromId: b.id, toId: a.id, typeId: 'supports', note: 'endorsement' });
    expect(link).toMatchObject({ fromId: b.id, toId: a.id, typeId: 'supports', note: 'endorsement' });
    const fromA = await t.call('listLinks', { documentId: a.documentId });
    expect(fromA).toHaveLength(1);
    expect(fromA[0]?.from?.documentTitle).toBe('Ответ');
    expect(fromA[0]?.to?.annotation.quote.exact).toBe('предложила программу');
    expect((await t.fail('createLink', { fromId: b.id, toId: a.id, typeId: 'supports' })).code).toBe('conflict');
    expect((await t.fail('createLink', { fromId: a.id, toId: a.id, typeId: 'cites' })).code).toBe('invalid-input');
    expect((await t.fail('createLink', { fromId: a.id, toId: b.id, typeId: 'no-such-type' })).code).toBe('not-found');
  });

  it('allows cycles, turns a link round, and undoes', async () => {
    await t.call('createLink', { fromId: a.id, toId: b.id, typeId: 'responds-to' });
    const back = await t.call('createLink', { fromId: b.id, toId: a.id, typeId: 'responds-to' });
    await t.call('createLink', { fromId: c.id, toId: a.id, typeId: 'elaborates' });
    expect(await t.call('listLinks', {})).toHaveLength(3);
    const reversed = await t.call('updateLink', { linkId: back.id, reverse: true, typeId: 'cites' });
    expect(reversed).toMatchObject({ fromId: a.id, toId: b.id, typeId: 'cites' });
    await t.call('undo', {});
    expect((await t.call('listLinks', { typeId: 'responds-to' })).map((r) => r.link.fromId).sort()).toEqual(
      [a.id, b.id].sort(),
    );
  });

  it('asks before deleting an annotation that has links, then deletes them with it in one undo step', async () => {
    const link = await t.call('createLink', { fromId: c.id, toId: a.id, typeId: 'elaborates' });
    const refused = await t.fail('deleteAnnotation', { annotationId: a.id });
    expect(refused).toMatchObject({ code: 'conflict', message: expect.stringMatching(/has a link/) });
    expect(await t.call('deleteAnnotation', { annotationId: a.id, withLinks: true })).toEqual({
      annotationId: a.id,
      removedLinks: [link.id],
    });
    expect(await t.call('listLinks', {})).toEqual([]);
    await t.call('undo', {});
    expect((await t.call('listLinks', {})).map((r) => r.link.id)).toEqual([link.id]);
    expect((await t.call('listAnnotations', { documentId: a.documentId })).map((x) => x.id)).toContain(a.id);
  });

  it('shows a link whose annotation was deleted another way as broken', async () => {
    await t.call('createLink', { fromId: c.id, toId: a.id, typeId: 'same-proposal' });
    // Deleting the Proposal tag with its annotations removes a and c but not the link.
    await t.call('deleteTag', { tagId: 'proposal', deleteAnnotations: true });
    const [row] = await t.call('listLinks', {});
    expect(row).toMatchObject({ from: null, to: null });
  });

  it('edits link types: add, rename, refuse a delete while used, move links and delete', async () => {
    const type = await t.call('createLinkType', { name: 'Endorses <b>' });
    expect((await t.fail('createLinkType', { name: 'endorses <B>' })).code).toBe('conflict');
    await t.call('updateLinkType', { typeId: type.id, name: 'Endorses' });
    const link = await t.call('createLink', { fromId: b.id, toId: a.id, typeId: type.id });
    expect((await t.fail('deleteLinkType', { typeId: type.id })).code).toBe('conflict');
    await t.call('deleteLinkType', { typeId: type.id, moveTo: 'supports' });
    expect((await t.call('listLinkTypes', {})).map((x) => x.name)).not.toContain('Endorses');
    expect((await t.call('listLinks', {}))[0]?.link).toMatchObject({ id: link.id, typeId: 'supports' });
    await t.call('undo', {});
    expect((await t.call('listLinks', {}))[0]?.link.typeId).toBe(type.id);
  });

  it('keeps links and types on disk across a reopen', async () => {
    await t.call('createLink', { fromId: b.id, toId: a.id, typeId: 'supports' });
    await t.call('createLinkType', { name: 'Rejects' });
    const dir = t.dir;
    await t.session.close();
    await t.session.open(dir, { withSample: false });
    expect(await t.call('listLinks', {})).toHaveLength(1);
    expect((await t.call('listLinkTypes', {})).map((x) => x.name)).toContain('Rejects');
  });
});
