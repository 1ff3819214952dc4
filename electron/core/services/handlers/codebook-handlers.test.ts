import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../../shared/model/document.ts';
import { exported, uploaded } from '../../testing/test-files.ts';
import { openTestSession, type TestSession } from '../../testing/test-session.ts';

let t: TestSession;
let doc: DocumentSummary;
const text = 'Эксперт заявил о росте угрозы. Министр предложил расширить сотрудничество.';

beforeEach(async () => {
  t = await openTestSession();
  doc = await t.call('addDocument', { title: 'Текст', text });
});
afterEach(() => t.close());

describe('codebook editing', () => {
  it('adds a sub-tag that takes its parent kind and colour, and reports shortcut conflicts when set', async () => {
    const tag = await t.call('createTag', { name: 'Historical analogy', parent: 'claim' });
    expect(tag).toMatchObject({ parent: 'claim', kind: 'statement', color: '#e8a33d', shortcut: null });
    expect((await t.fail('updateTag', { tagId: tag.id, shortcut: 's' })).message).toContain('speaker');
    expect((await t.fail('updateTag', { tagId: tag.id, shortcut: '2' })).message).toContain('Proposal');
    expect((await t.call('updateTag', { tagId: tag.id, shortcut: 'h' })).shortcut).toBe('h');
    expect((await t.fail('updateTag', { tagId: 'claim', parent: tag.id })).code).toBe('invalid-input');
  });

  it('merges a tag into another, moving its annotations, and undo puts both back', async () => {
    const a = await t.call('createAnnotation', { documentId: doc.id, tagId: 'claim-causal', start: 0, end: 7 });
    const change = await t.call('mergeTags', { fromId: 'claim-causal', intoId: 'claim-threat-assessment' });
    expect(change.annotations.map((x) => [x.id, x.tagId])).toEqual([[a.id, 'claim-threat-assessment']]);
    expect(change.codebook?.tags.some((x) => x.id === 'claim-causal')).toBe(false);
    expect((await t.onDisk(doc.id))[0]!.tagId).toBe('claim-threat-assessment');
    await t.call('undo', {});
    expect((await t.call('getCodebook', {})).tags.some((x) => x.id === 'claim-causal')).toBe(true);
    expect((await t.onDisk(doc.id))[0]!.tagId).toBe('claim-causal');
  });

  it('asks what to do with the annotations of a deleted tag, then moves or deletes them', async () => {
    await t.call('createAnnotation', { documentId: doc.id, tagId: 'proposal-cooperation', start: 39, end: 48 });
    await t.call('createAnnotation', { documentId: doc.id, tagId: 'proposal', start: 31, end: 38 });
    const refused = await t.fail('deleteTag', { tagId: 'proposal' });
    expect(refused.code).toBe('conflict');
    expect(refused.message).toMatch(/^2 annotations use the tag Proposal/);
    expect((await t.call('getTagUsage', {})).proposal).toBe(1);

    await t.call('deleteTag', { tagId: 'proposal', moveTo: 'claim' });
    expect((await t.onDisk(doc.id)).map((a) => a.tagId)).toEqual(['claim', 'claim']);
    const tags = (await t.call('getCodebook', {})).tags;
    expect(tags.some((x) => x.id === 'proposal' || x.parent === 'proposal')).toBe(false);
    await t.call('undo', {});
    expect((await t.onDisk(doc.id)).map((a) => a.tagId)).toEqual(['proposal', 'proposal-cooperation']);

    await t.call('deleteTag', { tagId: 'proposal', deleteAnnotations: true });
    expect(await t.onDisk(doc.id)).toEqual([]);
    await t.call('undo', {});
    expect(await t.onDisk(doc.id)).toHaveLength(2);
  });

  it('exports a codebook that another project imports, adding only what it lacks', async () => {
    await t.call('createTag', { name: 'Historical analogy', parent: 'claim', description: 'Сравнение с прошлым' });
    const { saved, text } = await exported(t.session.files, 'Проект codebook.json', (to) =>
      t.call('exportCodebook', { to }),
    );
    expect(saved).toMatchObject({ name: 'Проект codebook.json', bytes: Buffer.byteLength(text) });
    const other = await openTestSession();
    try {
      const result = await other.call('importCodebook', { file: await uploaded(other.session.files, 'c.json', text) });
      expect(result.added).toBe(1);
      expect(result.codebook.tags.find((x) => x.name === 'Historical analogy')).toMatchObject({
        parent: 'claim',
        kind: 'statement',
      });
      const again = await other.call('importCodebook', { file: await uploaded(other.session.files, 'c.json', text) });
      expect(again.added).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('refuses malformed, oversized and foreign codebook files with a clear message, changing nothing', async () => {
    const before = await t.call('getCodebook', {});
    const cases: Array<[string, RegExp]> = [
      ['{"format": "glossator-codebook", "version": 1, "tags": [', /JSON/i],
      ['<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"></CodeBook>', /REFI-QDA/],
      ['[entities]\nPerson\nOrganization', /brat/],
      ['{"tags": []}', /not a Glossator codebook/i],
      [
        `{"format":"glossator-codebook","version":1,"name":"x","exported":"2026-01-01T00:00:00Z","tags":[],"pad":"${'x'.repeat(3_000_000)}"}`,
        /large|MB/i,
      ],
    ];
    for (const [text, message] of cases) {
      const failure = await t.fail('importCodebook', { file: await uploaded(t.session.files, 'c.json', text) });
      expect(failure.code).toBe('invalid-input');
      expect(failure.message).toMatch(message);
    }
    expect(await t.call('getCodebook', {})).toEqual(before);
    expect((await t.call('getHistory', {})).undo).toBeNull();
  });
});
