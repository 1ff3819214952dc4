import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSeed, seedPrefixes, seedsMissing } from '../../../../shared/testing/read-seed.ts';
import { openTestSession, type TestSession } from '../../testing/test-session.ts';

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
