import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSeed, seedPrefixes, seedsMissing } from '../../../../shared/testing/read-seed.ts';
import { ApiError } from '../../../../shared/ipc/errors.ts';
import { openTestSession, type TestSession } from '../../testing/test-session.ts';
import { suggestionHandlers } from './suggestion-handlers.ts';

let t: TestSession;
beforeEach(async () => {
  t = await openTestSession();
});
afterEach(() => t.close());

describe('suggested actor mentions', () => {
  it('proposes untagged inflected names; accepting tags them (undoable), rejecting hides them for good', async () => {
    const text = 'Токаев прибыл. Токаеву доложили. Глава государства, Касым-Жомарт Токаев, выступил.';
    const doc = await t.call('addDocument', { title: 'Визит', text });
    const { actor } = await t.call('createActor', {
      name: 'Касым-Жомарт Токаев',
      type: 'person',
      aliases: ['Токаев', 'глава государства'],
      mention: { documentId: doc.id, start: 0, end: 6 },
    });
    const found = await t.call('suggestMentions', { actorId: actor.id });
    expect(found.suggestions.map((s) => s.exact)).toEqual(['Токаеву', 'Глава государства', 'Касым-Жомарт Токаев']);
    expect(found.suggestions[0]).toMatchObject({
      documentTitle: 'Визит',
      left: 'Токаев прибыл. ',
      right: ' доложили. Глава государства, Касым-Жомарт Токаев, выступил.',
    });
    const [first, second, third] = found.suggestions;
    const item = (s: NonNullable<typeof first>) => ({
      actorId: s.actorId,
      documentId: s.documentId,
      start: s.start,
      end: s.end,
      exact: s.exact,
    });

    await t.call('acceptMentions', { items: [item(first!), item(third!)] });
    const tagged = (await t.call('listAnnotations', { documentId: doc.id })).filter((a) => a.actorId === actor.id);
    expect(tagged.map((a) => a.quote.exact)).toEqual(['Токаев', 'Токаеву', 'Касым-Жомарт Токаев']);
    expect(tagged.every((a) => a.tagId === 'actor-mention')).toBe(true);
    await t.call('rejectMentions', { items: [item(second!)] });
    expect((await t.call('suggestMentions', {})).suggestions).toEqual([]);

    await t.call('undo', {}); // the rejection
    await t.call('undo', {}); // the two accepted mentions
    expect((await t.call('suggestMentions', {})).total).toBe(3);
    const stale = { ...item(first!), exact: 'Другое' };
    expect((await t.fail('acceptMentions', { items: [stale] })).code).toBe('conflict');
  });
});

describe('rejecting suggested mentions', () => {
  it('refuses reversed, out-of-text and mismatched spans and saves none of them', async () => {
    const text = 'Токаев прибыл. Токаеву доложили.';
    const doc = await t.call('addDocument', { title: 'Визит', text });
    const { actor } = await t.call('createActor', { name: 'Токаев', type: 'person' });
    const at = (start: number, end: number, exact: string) => ({
      actorId: actor.id,
      documentId: doc.id,
      start,
      end,
      exact,
    });
    const bad = [
      at(22, 15, 'Токаеву'), // reversed
      at(15, 15, 'Токаеву'), // empty
      at(15, 500, 'Токаеву'), // past the end of the text
      at(400, 407, 'Токаеву'), // wholly outside it
      at(15, 22, 'Другое'), // not what the text says there
      at(0, 6, 'токаев'), // nor in another case
    ];
    for (const item of bad) {
      const failure = await t.fail('rejectMentions', { items: [item] });
      expect(failure.code, JSON.stringify(item)).toBe('invalid-input');
    }
    // One bad item among good ones refuses the whole call.
    const mixed = await t.fail('rejectMentions', { items: [at(15, 22, 'Токаеву'), at(15, 500, 'Токаеву')] });
    expect(mixed.message).toContain('past the end of the text (32)');
    expect(mixed.message).toContain('“Визит”');
    expect(t.session.store.rejectedMentions()).toEqual([]);

    // The handler checks spans itself, not only the contract's schema.
    const handlers = suggestionHandlers(t.session);
    await expect(handlers.rejectMentions({ items: [at(22, 15, 'Токаеву')] })).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(handlers.rejectMentions({ items: [at(22, 15, 'Токаеву')] })).rejects.toBeInstanceOf(ApiError);
    expect(t.session.store.rejectedMentions()).toEqual([]);

    await t.call('rejectMentions', { items: [at(15, 22, 'Токаеву')] });
    expect(t.session.store.rejectedMentions()).toMatchObject([{ start: 15, exact: 'Токаеву' }]);
  });

  it('checks the span against the text as it is when the rejection is saved, after earlier changes', async () => {
    const doc = await t.call('addDocument', { title: 'Визит', text: 'Токаев прибыл. Токаеву доложили.' });
    const { actor } = await t.call('createActor', { name: 'Токаев', type: 'person' });
    const item = { actorId: actor.id, documentId: doc.id, start: 15, end: 22, exact: 'Токаеву' };
    // Asked for together: the edit is queued first, so the span the review list saw is gone by the rejection's turn.
    const [edited, rejected] = await Promise.allSettled([
      t.call('editText', { documentId: doc.id, expectedLength: 32, changes: [{ from: 0, to: 0, insert: 'Вчера ' }] }),
      t.call('rejectMentions', { items: [item] }),
    ]);
    expect(edited.status).toBe('fulfilled');
    expect(rejected).toMatchObject({
      status: 'rejected',
      reason: { message: expect.stringMatching(/^invalid-input:/) },
    });
    expect(t.session.store.rejectedMentions()).toEqual([]);
  });
});

if (seedsMissing) console.log(`suggestion-handlers: seed articles skipped: ${seedsMissing}.`);

describe.skipIf(seedsMissing !== null)('suggestions on the seed articles', () => {
  it('finds the inflected forms of Токаев in several articles', async () => {
    for (const p of seedPrefixes()) await t.call('addDocument', { title: `seed ${p}`, text: readSeed(p) });
    const { actor } = await t.call('createActor', { name: 'Касым-Жомарт Токаев', type: 'person', aliases: ['Токаев'] });
    const { suggestions } = await t.call('suggestMentions', { actorId: actor.id });
    expect(new Set(suggestions.map((s) => s.documentTitle)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(suggestions.map((s) => s.exact))).toEqual(new Set(['Токаев', 'Токаева', 'Касым-Жомарт Токаев']));
  });
});
