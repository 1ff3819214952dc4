import { describe, expect, it } from 'vitest';
import { ann, codebook, mapping } from './annotation.fixture.ts';
import { compareDocument, documentComparer } from './compare-document.ts';

const annotations = [
  ann('ann', 'claim', 0, 10, { id: 'a1', speakerId: 's1', note: 'why' }),
  ann('bob', 'claim', 0, 10, { id: 'b1', speakerId: 's2' }),
  ann('ann', 'claim', 20, 30, { id: 'a2' }),
  ann('bob', 'proposal', 22, 30, { id: 'b2' }),
  ann('ann', 'threat', 40, 50, { id: 'a3' }),
  ann('bob', 'threat', 45, 45, { id: 'b3', orphaned: true }),
  ann('eve', 'threat', 40, 50, { id: 'e1' }),
];
const base = {
  documentId: 'd1',
  documentDate: '2023-09-08',
  annotations,
  coderIds: ['ann', 'bob'],
  codebook,
  mappings: [],
  rule: { mode: 'overlap', threshold: 0 } as const,
};

describe('compareDocument', () => {
  const c = compareDocument(base);

  it('units in text order, classed, with members and categories per coder', () => {
    expect(c.units.map((u) => [u.start, u.end, u.class, u.members, u.labels])).toEqual([
      [0, 10, 'agree', ['a1', 'b1'], ['claim', 'claim']],
      [20, 30, 'both-differ', ['a2', 'b2'], ['claim', 'proposal']],
      [40, 50, 'only-some', ['a3', null], ['threat', null]],
    ]);
    expect(c.classes).toEqual({ agree: 1, 'tag-differs': 0, 'boundary-differs': 0, 'both-differ': 1, 'only-some': 1 });
    expect(c.coderIds).toEqual(['ann', 'bob']);
  });

  it('the fields that differ, for the side-by-side detail', () => {
    expect(c.units[0]?.differs).toEqual(['speaker', 'memo']);
    expect(c.units[1]?.differs).toEqual(['span', 'tag']);
    expect(c.units[2]?.differs).toEqual([]);
  });

  it('every member annotation by id, and how the units were formed', () => {
    expect(Object.keys(c.annotations).sort()).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
    expect(c.formation).toMatchObject({ found: 3, complete: 2, incomplete: 1, orphansExcluded: 1, annotations: 5 });
  });

  it("reads a coder's tags through their mappings", () => {
    const mapped = compareDocument({ ...base, mappings: [mapping('bob', 'proposal', 'claim')] });
    expect(mapped.units[1]?.class).toBe('boundary-differs');
    expect(mapped.units[1]?.labels).toEqual(['claim', 'claim']);
  });

  it('the corpus list counts the same classes, without the detail', () => {
    const comparer = documentComparer(base);
    expect(comparer.disagreements({ id: 'd1', title: 'Статья' }, annotations)).toEqual({
      documentId: 'd1',
      title: 'Статья',
      units: 3,
      disagreements: 2,
      classes: c.classes,
    });
  });
});

describe('compareDocument — dates', () => {
  it("a statement's own date against its document's date (08.09.2023) differs; both unset do not", () => {
    const c = compareDocument({
      ...base,
      documentDate: '08.09.2023',
      annotations: [
        ann('ann', 'claim', 0, 10, { id: 'x1', statementDate: '2023-09-08' }),
        ann('bob', 'claim', 0, 10, { id: 'y1' }),
        ann('ann', 'claim', 20, 30, { id: 'x2', statementDate: '2023-01' }),
        ann('bob', 'claim', 20, 30, { id: 'y2' }),
      ],
    });
    expect(c.units.map((u) => u.differs)).toEqual([[], ['date']]);
  });
});
