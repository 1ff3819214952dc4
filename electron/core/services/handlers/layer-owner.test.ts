import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../shared/model/annotation.ts';
import type { Coder } from '../../../../shared/model/coder.ts';
import type { Link } from '../../../../shared/model/link.ts';
import type { CallName } from '../../../../shared/ipc/index.ts';
import { folderSnapshot } from '../../testing/folder-snapshot.ts';
import { testCoder } from '../../testing/open-test-store.ts';
import { tempDir } from '../../testing/temp-dir.ts';
import { type SessionDriver, sessionDriver } from '../../testing/test-session.ts';
import { createHandlers } from '../create-handlers.ts';
import { createDispatch } from '../dispatch.ts';

/** Coder A (the test coder, «Test Coder») annotated first; coder B opens the same project folder afterwards. */
const coderB: Coder = { id: 'coder-b', name: 'Анастасия Владимировна Колесникова-Щербакова' };
const text = 'Токаев заявил, что ШОС должна принять программу сотрудничества против терроризма.';
const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

type Driver = SessionDriver;

function openAs(dir: string, coder: Coder): Promise<Driver> {
  return sessionDriver(dir, coder);
}

/** The project's records on disk (not its backups or history, which open and close may add to). */
async function records(dir: string): Promise<Record<string, string>> {
  const all = await folderSnapshot(dir);
  return Object.fromEntries(
    Object.entries(all).filter(([path]) =>
      /^(documents\/|links\.|project\.json|actors\.json|concepts\.json)/.test(path),
    ),
  );
}

let dir: string;
let cleanup: () => Promise<void>;
let b: Driver;
let documentId: string;
let theirs: Annotation;
let theirLink: Link;
let speakerId: string;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  const a = await openAs(dir, testCoder);
  const doc = await a.call('addDocument', { title: 'Заявление', text });
  documentId = doc.id;
  const { actor } = await a.call('createActor', { name: 'Касым-Жомарт Токаев', type: 'person' });
  speakerId = actor.id;
  theirs = await a.call('createAnnotation', { documentId, tagId: 'proposal', ...span('принять программу') });
  theirs = await a.call('updateAnnotation', { annotationId: theirs.id, speakerId });
  const other = await a.call('createAnnotation', { documentId, tagId: 'claim', ...span('Токаев заявил') });
  theirLink = await a.call('createLink', { fromId: other.id, toId: theirs.id, typeId: 'supports' });
  await a.session.close();
  b = await openAs(dir, coderB);
});
afterEach(async () => {
  await b.session.close();
  await cleanup();
});

/** The call is refused as not B's to make, naming A, and no record on disk changed. */
async function refused(name: CallName, input: unknown): Promise<void> {
  const before = await records(dir);
  const failure = await b.fail(name, input);
  expect(failure.code).toBe('forbidden');
  expect(failure.message).toContain(testCoder.name);
  expect(await records(dir)).toEqual(before);
}

describe("a colleague's layer is read-only", () => {
  it.each([
    ['the tag', { tagId: 'claim' }],
    ['the memo', { note: 'мой комментарий' }],
    ['the span (move)', span('программу сотрудничества')],
    ['the speaker', { speakerId: 'SPEAKER' }],
    ['the stance', { stance: 'supports' }],
    ['the addressee cleared', { addresseeId: null }],
    ['the statement date', { statementDate: '2024-07-04' }],
    ['the concept cleared', { conceptId: null }],
  ])('refuses a change of %s of their annotation', async (_what, fields) => {
    const input = { annotationId: theirs.id, ...fields } as Record<string, unknown>;
    if (input.speakerId === 'SPEAKER') input.speakerId = speakerId;
    await refused('updateAnnotation', input);
  });

  it('refuses deleting their annotation, with or without its links', async () => {
    await refused('deleteAnnotation', { annotationId: theirs.id, withLinks: true });
    await refused('deleteAnnotation', { annotationId: theirs.id });
  });

  it('refuses re-attaching their orphan after a text correction (the correction itself moves every layer)', async () => {
    const words = span('против терроризма');
    const corrected = await b.call('editText', {
      documentId,
      expectedLength: text.length,
      changes: [{ from: words.start - 1, to: words.end, insert: '' }],
    });
    expect(corrected.orphaned).toBe(0);
    const gone = span('принять программу');
    await b.call('editText', {
      documentId,
      expectedLength: corrected.document.textLength,
      changes: [{ from: gone.start, to: gone.end, insert: '' }],
    });
    const orphan = (await b.call('listAnnotations', { documentId })).find((x) => x.id === theirs.id);
    expect(orphan).toMatchObject({ orphaned: true, coderId: testCoder.id });
    await refused('updateAnnotation', { annotationId: theirs.id, ...span('Токаев') });
  });

  it('refuses editing, reversing and deleting their link', async () => {
    await refused('updateLink', { linkId: theirLink.id, note: 'нет' });
    await refused('updateLink', { linkId: theirLink.id, reverse: true });
    await refused('updateLink', { linkId: theirLink.id, typeId: 'contradicts' });
    await refused('deleteLink', { linkId: theirLink.id });
  });

  it('says whose layer it is in Russian too', async () => {
    const envelope = await createDispatch(createHandlers(b.session), () => {})('deleteLink', { linkId: theirLink.id });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok)
      expect(envelope.error.text).toEqual({ key: 'errors:notYourLayer', params: { coder: 'Test Coder' } });
  });
});

describe('what stays allowed', () => {
  it('lets me change and delete my own annotation and link, and link mine to theirs (the link is mine)', async () => {
    const mine = await b.call('createAnnotation', { documentId, tagId: 'claim', ...span('ШОС должна') });
    expect(mine.coderId).toBe(coderB.id);
    expect((await b.call('updateAnnotation', { annotationId: mine.id, note: 'ok' })).note).toBe('ok');
    const link = await b.call('createLink', { fromId: mine.id, toId: theirs.id, typeId: 'responds-to' });
    expect(link.coderId).toBe(coderB.id);
    const reversed = await b.call('updateLink', { linkId: link.id, reverse: true });
    expect(reversed).toMatchObject({ fromId: theirs.id, toId: mine.id });
    // A link between two of their annotations, made by me, is mine as well.
    const own = await b.call('createLink', { fromId: theirs.id, toId: theirLink.fromId, typeId: 'cites' });
    expect(own.coderId).toBe(coderB.id);
    await b.call('deleteLink', { linkId: own.id });
    expect(await b.call('listAnnotations', { documentId })).toContainEqual(theirs);
  });

  it('deleting my annotation takes my links with it and leaves their link to it, broken, in their layer', async () => {
    const mine = await b.call('createAnnotation', { documentId, tagId: 'claim', ...span('ШОС должна') });
    const myLink = await b.call('createLink', { fromId: mine.id, toId: theirs.id, typeId: 'responds-to' });
    const a = await reopenAsA();
    const theirLinkToMine = await a.call('createLink', { fromId: theirs.id, toId: mine.id, typeId: 'cites' });
    b = await reopenAsB(a);
    // Only my link counts: theirs is not mine to delete.
    const refusal = await b.fail('deleteAnnotation', { annotationId: mine.id });
    expect(refusal.code).toBe('conflict');
    const { removedLinks } = await b.call('deleteAnnotation', { annotationId: mine.id, withLinks: true });
    expect(removedLinks).toEqual([myLink.id]);
    const rows = await b.call('listLinks', {});
    expect(rows.find((r) => r.link.id === theirLinkToMine.id)).toMatchObject({ to: null });
  });

  it('project-wide steps change every layer: merging tags, deleting an actor, deleting the document, and undo', async () => {
    await b.call('mergeTags', { fromId: 'proposal', intoId: 'claim' });
    expect((await b.call('listAnnotations', { documentId })).find((x) => x.id === theirs.id)?.tagId).toBe('claim');
    await b.call('undo', {});
    expect((await b.call('listAnnotations', { documentId })).find((x) => x.id === theirs.id)?.tagId).toBe('proposal');
    await b.call('deleteActor', { actorId: speakerId });
    expect(
      (await b.call('listAnnotations', { documentId })).find((x) => x.id === theirs.id)?.speakerId,
    ).toBeUndefined();
    await b.call('undo', {});
    await b.call('deleteDocuments', { documentIds: [documentId] });
    expect(await b.call('listDocuments', {})).toEqual([]);
    await b.call('undo', {});
    expect(await b.call('listAnnotations', { documentId })).toContainEqual(theirs);
  });
});

async function reopenAsA(): Promise<Driver> {
  await b.session.close();
  return openAs(dir, testCoder);
}

async function reopenAsB(a: Driver): Promise<Driver> {
  await a.session.close();
  return openAs(dir, coderB);
}
