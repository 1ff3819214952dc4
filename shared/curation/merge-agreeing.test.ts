import { describe, expect, it } from 'vitest';
import type { DocumentComparison, UnitRule } from '../agreement/agreement-types.ts';
import { ann, codebook, mapping } from '../agreement/annotation.fixture.ts';
import { compareDocument } from '../agreement/compare-document.ts';
import { everyTag, categoryLabeller } from '../agreement/labels.ts';
import type { Annotation } from '../model/annotation.ts';
import type { TagMapping } from '../model/tag-mapping.ts';
import { CURATED_CODER_ID, type CurationDecision, type MergeRule } from './curation-types.ts';
import { decideUnit } from './decide-unit.ts';
import { agreeingNeeded, mergeDocument } from './merge-agreeing.ts';

const exact: UnitRule = { mode: 'exact', threshold: 1 };
const overlap: UnitRule = { mode: 'overlap', threshold: 0.5 };
const curator = { id: 'cur-1', name: 'Ольга' };
const now = '2026-12-02T08:00:00.000Z';

function ids() {
  let n = 0;
  return () => `new-${++n}`;
}

function compare(
  annotations: Annotation[],
  coderIds: string[],
  rule: UnitRule = exact,
  mappings: TagMapping[] = [],
): DocumentComparison {
  return compareDocument({
    documentId: 'd1',
    documentDate: null,
    annotations,
    coderIds,
    codebook,
    mappings,
    rule,
  });
}

function merge(
  comparison: DocumentComparison,
  rule: MergeRule,
  decisions: CurationDecision[] = [],
  curated: Annotation[] = [],
) {
  return mergeDocument({
    comparison,
    annotations: comparison.annotations,
    decisions,
    curated,
    rule,
    curator,
    now,
    makeId: ids(),
  });
}

describe('how many versions a rule needs', () => {
  it('unanimous: every coder; majority: more than half (2 of 2, 2 of 3, 3 of 4, 3 of 5); none: never', () => {
    expect(agreeingNeeded('unanimous', 3)).toBe(3);
    expect([2, 3, 4, 5].map((n) => agreeingNeeded('majority', n))).toEqual([2, 2, 3, 3]);
    expect(agreeingNeeded('none', 2)).toBeNull();
  });
});

describe('merge what agrees: unanimous', () => {
  it('copies a unit both coders coded alike (span, tag, statement fields) into the curated layer, with a merged decision', () => {
    const a = ann('A', 'claim', 0, 10, {
      speakerId: 'act-1',
      stance: 'supports',
      statementDate: '2023-09',
      note: 'мой',
    });
    const b = ann('B', 'claim', 0, 10, {
      speakerId: 'act-1',
      stance: 'supports',
      statementDate: '2023-09',
      note: 'другой',
    });
    const out = merge(compare([a, b], ['A', 'B']), 'unanimous');
    expect(out).toMatchObject({ added: 1, alreadyDecided: 0, undecided: 0 });
    expect(out.annotations).toEqual([
      {
        id: 'new-1',
        documentId: 'd1',
        coderId: CURATED_CODER_ID,
        tagId: 'claim',
        start: 0,
        end: 10,
        quote: a.quote,
        note: '',
        speakerId: 'act-1',
        stance: 'supports',
        statementDate: '2023-09',
        created: now,
        modified: now,
      },
    ]);
    expect(out.decisions).toEqual([
      {
        id: 'new-2',
        documentId: 'd1',
        kind: 'merged',
        sources: [
          { coderId: 'A', id: a.id },
          { coderId: 'B', id: b.id },
        ],
        considered: [],
        start: 0,
        end: 10,
        rule: 'unanimous',
        resultId: 'new-1',
        reason: '',
        quickReasons: [],
        curatorId: curator.id,
        curatorName: curator.name,
        at: now,
      },
    ]);
  });

  it('leaves statements that agree on the span and tag but not on the stance (or speaker, or concept) for a decision', () => {
    const layers = [
      ann('A', 'claim', 0, 10, { stance: 'supports' }),
      ann('B', 'claim', 0, 10, { stance: 'opposes' }),
      ann('A', 'claim', 20, 30, { speakerId: 'act-1' }),
      ann('B', 'claim', 20, 30),
      ann('A', 'claim', 40, 50, { conceptId: 'c-1' }),
      ann('B', 'claim', 40, 50, { conceptId: 'c-2' }),
      ann('A', 'claim', 60, 70, { statementDate: '2024' }),
      ann('B', 'claim', 60, 70, { statementDate: '2024-01' }),
      ann('A', 'claim', 80, 90),
      ann('B', 'proposal', 80, 90),
    ];
    const out = merge(compare(layers, ['A', 'B']), 'unanimous');
    expect(out).toMatchObject({ added: 0, alreadyDecided: 0, undecided: 5 });
    expect(out.annotations).toEqual([]);
  });

  it('nested and overlapping spans: a sentence and a phrase inside it agree each on its own; overlapping unequal spans do not', () => {
    const layers = [
      ann('A', 'claim', 0, 40),
      ann('B', 'claim', 0, 40),
      ann('A', 'actor', 5, 12, { actorId: 'act-1' }),
      ann('B', 'actor', 5, 12, { actorId: 'act-1' }),
      // Overlapping (IoU 0.6): one unit under the overlap rule, but the spans differ.
      ann('A', 'threat', 50, 70),
      ann('B', 'threat', 54, 74),
    ];
    const out = merge(compare(layers, ['A', 'B'], overlap), 'unanimous');
    expect(out).toMatchObject({ added: 2, undecided: 1 });
    expect(out.annotations.map((x) => [x.tagId, x.start, x.end, x.actorId])).toEqual([
      ['claim', 0, 40, undefined],
      ['actor', 5, 12, 'act-1'],
    ]);
  });

  it('a unit only one coder coded is no agreement', () => {
    const out = merge(compare([ann('A', 'claim', 0, 10)], ['A', 'B']), 'unanimous');
    expect(out).toMatchObject({ added: 0, undecided: 1 });
  });

  it('compares tags through the coder’s mapping and copies the mapped tag', () => {
    const layers = [ann('A', 'threat', 0, 10), ann('B', 'threat-terror', 0, 10)];
    const mapped = compare(layers, ['A', 'B'], exact, [mapping('B', 'threat-terror', 'threat')]);
    const out = merge(mapped, 'unanimous');
    expect(out.added).toBe(1);
    expect(out.annotations[0]?.tagId).toBe('threat');
    expect(merge(compare(layers, ['A', 'B']), 'unanimous').added).toBe(0);
  });

  it('the memo is not compared', () => {
    const out = merge(
      compare([ann('A', 'claim', 0, 10, { note: 'x' }), ann('B', 'claim', 0, 10)], ['A', 'B']),
      'unanimous',
    );
    expect(out.added).toBe(1);
  });
});

describe('merge what agrees: majority', () => {
  const three = () => {
    const a = ann('A', 'claim', 0, 10, { stance: 'supports' });
    const b = ann('B', 'claim', 0, 10, { stance: 'supports' });
    const c = ann('C', 'claim', 0, 10, { stance: 'opposes' });
    return { a, b, c, comparison: compare([a, b, c], ['A', 'B', 'C']) };
  };

  it('three coders 2:1: the two agreeing versions are the sources, the third is considered', () => {
    const { a, b, c, comparison } = three();
    const out = merge(comparison, 'majority');
    expect(out.added).toBe(1);
    expect(out.annotations[0]).toMatchObject({ stance: 'supports', start: 0, end: 10, tagId: 'claim' });
    expect(out.decisions[0]).toMatchObject({
      rule: 'majority',
      sources: [
        { coderId: 'A', id: a.id },
        { coderId: 'B', id: b.id },
      ],
      considered: [{ coderId: 'C', id: c.id }],
    });
  });

  it('three coders 2:1 is not unanimous', () => {
    expect(merge(three().comparison, 'unanimous')).toMatchObject({ added: 0, undecided: 1 });
  });

  it('three coders, two alike and the third without a version: a majority (of the chosen coders, not of those present)', () => {
    const a = ann('A', 'claim', 0, 10);
    const c = ann('C', 'claim', 0, 10);
    const out = merge(compare([a, c], ['A', 'B', 'C']), 'majority');
    expect(out.decisions[0]).toMatchObject({ sources: [{ id: a.id }, { id: c.id }], considered: [] });
  });

  it('three coders, one version alone: no majority of three', () => {
    expect(merge(compare([ann('A', 'claim', 0, 10)], ['A', 'B', 'C']), 'majority').added).toBe(0);
  });

  it('two coders 1:1 is a tie, not a majority', () => {
    const out = merge(compare([ann('A', 'claim', 0, 10), ann('B', 'proposal', 0, 10)], ['A', 'B']), 'majority');
    expect(out).toMatchObject({ added: 0, undecided: 1 });
  });

  it('four coders 2:2 is a tie, not a majority; 3:1 is one', () => {
    const split = [
      ann('A', 'claim', 0, 10),
      ann('B', 'claim', 0, 10),
      ann('C', 'proposal', 0, 10),
      ann('D', 'proposal', 0, 10),
    ];
    expect(merge(compare(split, ['A', 'B', 'C', 'D']), 'majority').added).toBe(0);
    const three1 = [...split.slice(0, 3), ann('D', 'claim', 0, 10)];
    expect(merge(compare(three1, ['A', 'B', 'C', 'D']), 'majority').added).toBe(1);
  });
});

describe('merge what agrees: none', () => {
  it('copies nothing and counts every undecided unit', () => {
    const out = merge(
      compare([ann('A', 'claim', 0, 10), ann('B', 'claim', 0, 10), ann('A', 'claim', 20, 30)], ['A', 'B']),
      'none',
    );
    expect(out).toEqual({ annotations: [], decisions: [], added: 0, alreadyDecided: 0, undecided: 2 });
  });
});

describe('merging again keeps curated work', () => {
  it('decided units (merged or decided by hand) are left as they are; new agreeing units are added', () => {
    const first = [
      ann('A', 'claim', 0, 10, { id: 'a1' }),
      ann('B', 'claim', 0, 10, { id: 'b1' }),
      ann('A', 'claim', 20, 30, { id: 'a2' }),
      ann('B', 'proposal', 20, 30, { id: 'b2' }),
    ];
    const merged = merge(compare(first, ['A', 'B']), 'unanimous');
    expect(merged.added).toBe(1);
    // The curator rejects the disagreement; later both coders code a new span alike, and B's 20–30 now agrees with A's.
    const comparison = compare(first, ['A', 'B']);
    const unit = comparison.units[1];
    if (!unit) throw new Error('no unit');
    const rejected = decideUnit({
      documentId: 'd1',
      coderIds: ['A', 'B'],
      members: unit.members,
      annotations: new Map(Object.entries(comparison.annotations)),
      action: { kind: 'reject-all' },
      reason: { text: 'не утверждение', quickReasons: [] },
      current: [],
      curated: new Map(),
      text: 'x'.repeat(100),
      categoryOf: categoryLabeller(codebook, [], everyTag),
      curator,
      now,
      makeId: () => 'decision-reject',
    });
    const decisions = [...merged.decisions, rejected.decision];
    const later = [
      first[0],
      first[1],
      first[2],
      { ...(first[3] as Annotation), tagId: 'claim' },
      ann('A', 'threat', 40, 50),
      ann('B', 'threat', 40, 50),
    ] as Annotation[];
    const again = merge(compare(later, ['A', 'B']), 'unanimous', decisions);
    expect(again).toMatchObject({ added: 1, alreadyDecided: 2, undecided: 0 });
    expect(again.annotations.map((x) => [x.start, x.end, x.tagId])).toEqual([[40, 50, 'threat']]);
    expect(again.decisions.map((d) => d.sources.map((s) => s.coderId))).toEqual([['A', 'B']]);
  });

  it('a unit stays decided through the decision replacing its merge; link decisions decide no unit', () => {
    const layers = [ann('A', 'claim', 0, 10, { id: 'a1' }), ann('B', 'claim', 0, 10, { id: 'b1' })];
    const merged = merge(compare(layers, ['A', 'B']), 'unanimous');
    const replacing: CurationDecision = {
      ...(merged.decisions[0] as CurationDecision),
      id: 'd-2',
      kind: 'reject-all',
      replaces: [(merged.decisions[0] as CurationDecision).id],
    };
    expect(merge(compare(layers, ['A', 'B']), 'unanimous', [...merged.decisions, replacing]).alreadyDecided).toBe(1);
    // Link decisions name links, not annotations: they do not decide a unit.
    const link: CurationDecision = { ...replacing, id: 'l-1', kind: 'link-reject', replaces: undefined };
    delete link.replaces;
    expect(merge(compare(layers, ['A', 'B']), 'unanimous', [link]).added).toBe(1);
  });

  it('sources deleted and coded again alike (new ids): the curated copy already there is not doubled', () => {
    const layers = [ann('A', 'claim', 0, 10, { id: 'a1' }), ann('B', 'claim', 0, 10, { id: 'b1' })];
    const merged = merge(compare(layers, ['A', 'B']), 'unanimous');
    const remade = [ann('A', 'claim', 0, 10, { id: 'a9' }), ann('B', 'claim', 0, 10, { id: 'b9' })];
    const again = merge(compare(remade, ['A', 'B']), 'unanimous', merged.decisions, merged.annotations);
    expect(again).toMatchObject({ added: 0, alreadyDecided: 1, undecided: 0 });
    // Coded again differently (another tag), it is new work: copied.
    const retagged = [ann('A', 'proposal', 0, 10, { id: 'a8' }), ann('B', 'proposal', 0, 10, { id: 'b8' })];
    expect(merge(compare(retagged, ['A', 'B']), 'unanimous', merged.decisions, merged.annotations).added).toBe(1);
  });
});
