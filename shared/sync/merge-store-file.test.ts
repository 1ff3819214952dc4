import { describe, expect, it } from 'vitest';
import { mergeStoreFile } from './merge-store-file.ts';
import { realFiles } from './real-files.fixture.ts';
import {
  concept,
  decision,
  files,
  link,
  linkType,
  listRows as lists,
  mapping,
  quickReason,
  tag,
  annotation,
} from './store-files.fixture.ts';

type R = Record<string, unknown>;

describe.each(lists)('mergeStoreFile: $kind in $path', ({ path, kind, at, make, rec }) => {
  const a = rec('a', 'base');
  const b = rec('b', 'base');
  const merge = (base: R[], ours: R[], theirs: R[]) => mergeStoreFile(path, make(base), make(ours), make(theirs));

  it('keeps what each side added, ours first, theirs after', () => {
    const c = rec('c', 'base');
    expect(merge([a], [a, b], [a, c])).toEqual({ merged: make([a, b, c]), conflicts: [] });
  });

  it('keeps one copy of a record both added the same', () => {
    const c = rec('c', 'base');
    expect(merge([a], [a, b, c], [a, c])).toEqual({ merged: make([a, b, c]), conflicts: [] });
  });

  it('deletes what one side deleted and the other left alone', () => {
    const c = rec('c', 'base');
    expect(merge([a, b], [a], [a, b, c])).toEqual({ merged: make([a, c]), conflicts: [] });
    expect(merge([a, b], [a, b, c], [b])).toEqual({ merged: make([b, c]), conflicts: [] });
  });

  it('takes a change made on one side, and a change made the same on both once', () => {
    const c = rec('c', 'base');
    expect(merge([a, b], [a, b, c], [rec('a', 'theirs'), b])).toEqual({
      merged: make([rec('a', 'theirs'), b, c]),
      conflicts: [],
    });
    expect(merge([a, b], [rec('a', 'both'), b, c], [rec('a', 'both')])).toEqual({
      merged: make([rec('a', 'both'), c]),
      conflicts: [],
    });
  });

  it('keeps ours and reports both versions when a record changed differently on both sides', () => {
    const result = merge([a, b], [rec('a', 'ours'), b], [rec('a', 'theirs'), b, rec('c', 'x')]);
    expect(result.merged).toBe(make([rec('a', 'ours'), b, rec('c', 'x')]));
    expect(result.conflicts).toEqual([
      { path, kind, id: 'a', at, base: a, ours: rec('a', 'ours'), theirs: rec('a', 'theirs') },
    ]);
  });

  it('reports a record deleted on one side and changed on the other, keeping ours', () => {
    const deletedByUs = merge([a, b], [a], [a, rec('b', 'theirs')]);
    expect(deletedByUs.merged).toBe(make([a]));
    expect(deletedByUs.conflicts).toEqual([
      { path, kind, id: 'b', at, base: b, ours: null, theirs: rec('b', 'theirs') },
    ]);
    const deletedByThem = merge([a, b], [a, rec('b', 'ours')], [a]);
    expect(deletedByThem.merged).toBe(make([a, rec('b', 'ours')]));
    expect(deletedByThem.conflicts).toEqual([
      { path, kind, id: 'b', at, base: b, ours: rec('b', 'ours'), theirs: null },
    ]);
  });

  it('reports a record both added with different contents', () => {
    const result = merge([a], [a, rec('n', 'ours')], [a, rec('n', 'theirs')]);
    expect(result.merged).toBe(make([a, rec('n', 'ours')]));
    expect(result.conflicts).toMatchObject([
      { kind, id: 'n', base: null, ours: rec('n', 'ours'), theirs: rec('n', 'theirs') },
    ]);
  });

  it('gives an unchanged file back byte for byte', () => {
    const x = make([a, b]);
    expect(mergeStoreFile(path, x, x, x)).toEqual({ merged: x, conflicts: [] });
  });

  it('takes a reordering made on one side when the other left the list alone', () => {
    expect(merge([a, b], [b, a], [a, b])).toEqual({ merged: make([b, a]), conflicts: [] });
  });
});

describe('mergeStoreFile: the store’s real files', () => {
  it.each(Object.keys(realFiles))('merge(x, x, x) === x for %s', (path) => {
    const x = realFiles[path] as string;
    expect(mergeStoreFile(path, x, x, x)).toEqual({ merged: x, conflicts: [] });
    expect(mergeStoreFile(path, null, x, x)).toEqual({ merged: x, conflicts: [] });
  });

  it.each(Object.keys(realFiles))('three copies of %s written differently merge to the store’s own bytes', (path) => {
    const x = realFiles[path] as string;
    const data = JSON.parse(x);
    // Same records, other bytes on every side: no side can be taken as it is, so the result is written anew.
    expect(mergeStoreFile(path, JSON.stringify(data), x, JSON.stringify(data, null, 1))).toEqual({
      merged: x,
      conflicts: [],
    });
  });
});

describe('mergeStoreFile: fields outside lists', () => {
  it('merges project.json field by field: a rename here, a new tag there', () => {
    const base = files.project();
    const ours = files.project({ name: 'ШОС 2025' });
    const theirs = files.project({ tags: [tag('claim'), tag('proposal'), tag('frame')] });
    expect(mergeStoreFile('project.json', base, ours, theirs)).toEqual({
      merged: files.project({ name: 'ШОС 2025', tags: [tag('claim'), tag('proposal'), tag('frame')] }),
      conflicts: [],
    });
  });

  it('reports a project renamed differently on both sides', () => {
    const result = mergeStoreFile(
      'project.json',
      files.project(),
      files.project({ name: 'A' }),
      files.project({ name: 'B' }),
    );
    expect(result.merged).toBe(files.project({ name: 'A' }));
    expect(result.conflicts).toEqual([
      { path: 'project.json', kind: 'field', id: 'name', at: ['name'], base: 'ОДКБ 2024', ours: 'A', theirs: 'B' },
    ]);
  });

  it('merges a document’s title, metadata fields and memo one by one', () => {
    const path = 'documents/d1/document.json';
    const base = files.document('d1');
    const ours = files.document('d1', {
      title: 'Новый заголовок',
      metadata: { source: 'mid.ru', date: '2024-05-01', author: 'Лавров' },
    });
    const theirs = files.document('d1', { metadata: { source: 'kremlin.ru', date: '2024-05-01' }, memo: 'важно' });
    expect(mergeStoreFile(path, base, ours, theirs)).toEqual({
      merged: files.document('d1', {
        title: 'Новый заголовок',
        metadata: { source: 'kremlin.ru', date: '2024-05-01', author: 'Лавров' },
        memo: 'важно',
      }),
      conflicts: [],
    });
  });

  it('reports one metadata field changed differently, and removes one removed on one side', () => {
    const path = 'documents/d1/document.json';
    const base = files.document('d1');
    const ours = files.document('d1', { metadata: { source: 'a.ru', date: '2024-05-01' } });
    const theirs = files.document('d1', { metadata: { source: 'b.ru' } });
    const result = mergeStoreFile(path, base, ours, theirs);
    expect(result.merged).toBe(files.document('d1', { metadata: { source: 'a.ru' } }));
    expect(result.conflicts).toEqual([
      {
        path,
        kind: 'field',
        id: 'document.metadata.source',
        at: ['document', 'metadata', 'source'],
        base: 'mid.ru',
        ours: 'a.ru',
        theirs: 'b.ru',
      },
    ]);
  });

  it('takes a text corrected on one side', () => {
    const path = 'documents/d1/text.json';
    const base = files.text('Глава ФСБ');
    const theirs = files.text('Глава ФСБ России');
    expect(mergeStoreFile(path, base, base, theirs)).toEqual({ merged: theirs, conflicts: [] });
    expect(mergeStoreFile(path, base, files.text('x'), theirs).conflicts.map((c) => c.id)).toEqual([
      'text',
      'originalText',
    ]);
  });

  it('merges a curation file’s status as one record, its decisions by id', () => {
    const path = 'curation/d1.json';
    const status = (s: string) => ({
      id: 'd1',
      status: s,
      curatorId: 'anna',
      curatorName: 'Анна',
      at: '2026-03-01T09:00:00.000Z',
    });
    const base = files.curation('d1', status('in-progress'), [decision('x1', 'd1')]);
    const ours = files.curation('d1', status('done'), [decision('x1', 'd1')]);
    const theirs = files.curation('d1', status('in-progress'), [decision('x1', 'd1'), decision('x2', 'd1')]);
    expect(mergeStoreFile(path, base, ours, theirs)).toEqual({
      merged: files.curation('d1', status('done'), [decision('x1', 'd1'), decision('x2', 'd1')]),
      conflicts: [],
    });
    const both = mergeStoreFile(path, base, ours, files.curation('d1', status('not-started'), [decision('x1', 'd1')]));
    expect(both.conflicts).toEqual([
      {
        path,
        kind: 'curationStatuses',
        id: 'd1',
        at: ['status'],
        base: status('in-progress'),
        ours: status('done'),
        theirs: status('not-started'),
      },
    ]);
  });
});

describe('mergeStoreFile: files added and deleted', () => {
  const layer = 'documents/d1/annotations.anna.json';
  const a = annotation('a', 'd1', 'anna');
  const b = annotation('b', 'd1', 'anna');

  it('treats a missing layer as an empty one: no file once nothing is left', () => {
    expect(mergeStoreFile(layer, files.layer('d1', 'anna', [a]), null, files.layer('d1', 'anna', [a]))).toEqual({
      merged: null,
      conflicts: [],
    });
    expect(mergeStoreFile(layer, files.layer('d1', 'anna', [a]), null, files.layer('d1', 'anna', [a, b]))).toEqual({
      merged: files.layer('d1', 'anna', [b]),
      conflicts: [],
    });
    expect(
      mergeStoreFile(
        layer,
        files.layer('d1', 'anna', [a, b]),
        files.layer('d1', 'anna', [a]),
        files.layer('d1', 'anna', [b]),
      ),
    ).toEqual({
      merged: null,
      conflicts: [],
    });
    expect(mergeStoreFile(layer, null, null, files.layer('d1', 'anna', [b]))).toEqual({
      merged: files.layer('d1', 'anna', [b]),
      conflicts: [],
    });
    expect(mergeStoreFile(layer, null, files.layer('d1', 'anna', [a]), files.layer('d1', 'anna', [b]))).toEqual({
      merged: files.layer('d1', 'anna', [a, b]),
      conflicts: [],
    });
    expect(mergeStoreFile(layer, files.layer('d1', 'anna', [a]), null, null)).toEqual({ merged: null, conflicts: [] });
  });

  it('deletes a document file deleted on one side and untouched on the other', () => {
    const path = 'documents/d1/document.json';
    const x = files.document('d1');
    expect(mergeStoreFile(path, x, null, x)).toEqual({ merged: null, conflicts: [] });
    expect(mergeStoreFile(path, x, x, null)).toEqual({ merged: null, conflicts: [] });
    // Re-written in another layout but the same content: still untouched.
    expect(mergeStoreFile(path, x, JSON.stringify(JSON.parse(x)), null)).toEqual({ merged: null, conflicts: [] });
  });

  it('reports a document deleted on one side and changed on the other, keeping ours', () => {
    const path = 'documents/d1/document.json';
    const base = files.document('d1');
    const changed = files.document('d1', { title: 'Другой' });
    expect(mergeStoreFile(path, base, null, changed)).toEqual({
      merged: null,
      conflicts: [
        { path, kind: 'file', id: path, at: [], base: JSON.parse(base), ours: null, theirs: JSON.parse(changed) },
      ],
    });
    const kept = mergeStoreFile(path, base, changed, null);
    expect(kept.merged).toBe(changed);
    expect(kept.conflicts).toMatchObject([{ kind: 'file', ours: JSON.parse(changed), theirs: null }]);
  });

  it('merges a file both sides created field by field', () => {
    const path = 'documents/d1/document.json';
    expect(mergeStoreFile(path, null, files.document('d1'), files.document('d1'))).toEqual({
      merged: files.document('d1'),
      conflicts: [],
    });
    const result = mergeStoreFile(
      path,
      null,
      files.document('d1', { title: 'A' }),
      files.document('d1', { title: 'B' }),
    );
    expect(result.merged).toBe(files.document('d1', { title: 'A' }));
    expect(result.conflicts).toMatchObject([
      { kind: 'field', id: 'document.title', base: null, ours: 'A', theirs: 'B' },
    ]);
    expect(mergeStoreFile(path, null, null, files.document('d1'))).toEqual({
      merged: files.document('d1'),
      conflicts: [],
    });
  });

  it('writes no curation.json, tag-mappings.json or curation file once they hold nothing', () => {
    const q = quickReason('q1');
    expect(mergeStoreFile('curation.json', files.quickReasons([q]), null, files.quickReasons([q])).merged).toBeNull();
    const m = mapping('m1', 'boris', 'x', 'claim');
    expect(mergeStoreFile('tag-mappings.json', files.tagMappings([m]), files.tagMappings([]), null).merged).toBeNull();
    const d = decision('x1', 'd1');
    expect(
      mergeStoreFile('curation/d1.json', files.curation('d1', null, [d]), null, files.curation('d1', null, [d])).merged,
    ).toBeNull();
  });
});

describe('mergeStoreFile: two mappings of one coder’s tag', () => {
  it('keeps ours and reports theirs: a tag is read as one tag only', () => {
    const ours = mapping('m1', 'boris', 'threat', 'claim');
    const theirs = mapping('m2', 'boris', 'threat', 'proposal');
    const result = mergeStoreFile('tag-mappings.json', null, files.tagMappings([ours]), files.tagMappings([theirs]));
    expect(result.merged).toBe(files.tagMappings([ours]));
    expect(result.conflicts).toEqual([
      { path: 'tag-mappings.json', kind: 'tagMappings', id: 'm2', at: ['mappings'], base: null, ours, theirs },
    ]);
  });
});

describe('mergeStoreFile: older formats', () => {
  it('brings format-3 sides to the current format before merging', () => {
    const v3 = (concepts: R[]) => `${JSON.stringify({ schemaVersion: 3, concepts }, null, 2)}\n`;
    const [a, b, c] = [concept('a'), concept('b'), concept('c')];
    expect(mergeStoreFile('concepts.json', v3([a]), files.concepts([a, b]), v3([a, c]))).toEqual({
      merged: files.concepts([a, b, c]),
      conflicts: [],
    });
  });

  it('leaves format 3’s links out of links.json once our side moved them into layers', () => {
    const same = linkType('same');
    const l1 = link('l1', 'anna');
    const v3 = (linkTypes: R[]) => `${JSON.stringify({ schemaVersion: 3, linkTypes, links: [l1] }, null, 2)}\n`;
    const ours = files.linkTypes([same]);
    expect(mergeStoreFile('links.json', v3([same]), ours, v3([same, linkType('resp')]))).toEqual({
      merged: files.linkTypes([same, linkType('resp')]),
      conflicts: [],
    });
  });
});

describe('mergeStoreFile: refusals', () => {
  const good = files.concepts([concept('a')]);
  const refusal = (path: string, base: string | null, ours: string | null, theirs: string | null) => {
    try {
      mergeStoreFile(path, base, ours, theirs);
    } catch (error) {
      const e = error as { name: string; code: string; params: R };
      return { name: e.name, code: e.code, params: e.params };
    }
    return null;
  };

  it('refuses a path outside the layout', () => {
    expect(refusal('notes.json', good, good, good)).toMatchObject({
      code: 'not-project-file',
      params: { path: 'notes.json' },
    });
    expect(refusal('glossator.journal.json', good, good, good)?.code).toBe('not-project-file');
  });

  it('refuses a side that is not JSON, whichever it is', () => {
    const broken = '{\n"schemaVersion": 4,\n<<<<<<< ours\n';
    expect(refusal('concepts.json', good, broken, good)).toEqual({
      name: 'SyncMergeError',
      code: 'not-json',
      params: { path: 'concepts.json', side: 'ours' },
    });
    expect(refusal('concepts.json', broken, good, good)).toMatchObject({ code: 'not-json', params: { side: 'base' } });
    expect(refusal('concepts.json', good, good, 'null')).toMatchObject({
      code: 'not-store-format',
      params: { side: 'theirs' },
    });
  });

  it('refuses a file shaped unlike the store’s', () => {
    expect(refusal('concepts.json', good, good, '[1, 2]')?.code).toBe('not-store-format');
    expect(refusal('concepts.json', good, good, '{"schemaVersion": 4, "concepts": {}}')?.code).toBe('not-store-format');
    expect(refusal('concepts.json', good, good, '{"schemaVersion": 4, "concepts": [{"name": "x"}]}')?.code).toBe(
      'not-store-format',
    );
    expect(
      refusal('documents/d1/document.json', null, files.document('d1'), '{"schemaVersion": 4, "document": 3}')?.code,
    ).toBe('not-store-format');
    const twice = files.concepts([concept('a'), concept('a', 'again')]);
    expect(refusal('concepts.json', good, good, twice)).toMatchObject({
      code: 'duplicate-id',
      params: { id: 'a', side: 'theirs' },
    });
  });

  it('refuses content that does not belong at its path, as the store would set it aside', () => {
    const layer = 'documents/d1/annotations.anna.json';
    const good = files.layer('d1', 'anna', [annotation('a', 'd1', 'anna')]);
    const misplaced = [
      files.layer('d1', 'boris', [annotation('a', 'd1', 'boris')]),
      files.layer('d2', 'anna', [annotation('a', 'd2', 'anna')]),
      files.layer('d1', 'anna', [annotation('a', 'd1', 'boris')]),
    ];
    for (const theirs of misplaced) {
      expect(refusal(layer, good, good, theirs)).toMatchObject({
        code: 'not-store-format',
        params: { side: 'theirs' },
      });
    }
    expect(refusal('links.anna.json', null, null, files.linkLayer('boris', [link('l1', 'boris')]))?.code).toBe(
      'not-store-format',
    );
    expect(refusal('curation/d1.json', null, files.curation('d2', null, [decision('x', 'd2')]), null)?.code).toBe(
      'not-store-format',
    );
    expect(refusal('documents/d1/document.json', null, files.document('d2'), null)?.code).toBe('not-store-format');
  });

  it('refuses a side of a newer format, even when the other is unchanged', () => {
    const newer = '{"schemaVersion": 5, "concepts": []}';
    expect(refusal('concepts.json', good, good, newer)).toMatchObject({
      code: 'newer-format',
      params: { side: 'theirs', version: 5 },
    });
    expect(refusal('concepts.json', good, newer, newer)?.code).toBe('newer-format');
  });

  it('refuses a merge the store would not read back', () => {
    const reasons = (prefix: string) => Array.from({ length: 600 }, (_, i) => quickReason(`${prefix}${i}`));
    expect(
      refusal('curation.json', null, files.quickReasons(reasons('o')), files.quickReasons(reasons('t')))?.code,
    ).toBe('invalid-result');
    const bad = files.concepts([{ ...concept('a'), name: '' }]);
    expect(refusal('concepts.json', good, good, bad)?.code).toBe('invalid-result');
  });
});
