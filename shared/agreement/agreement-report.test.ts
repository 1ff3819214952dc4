import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/annotation.ts';
import { type AgreementDocument, type AgreementInput, agreementReport } from './agreement-report.ts';
import type { AgreementQuery } from './agreement-types.ts';
import { ann, codebook, mapping } from './annotation.fixture.ts';
import { unitizingAlpha } from './unitizing-alpha.ts';

const coders = [
  { id: 'ann', name: 'Анна' },
  { id: 'bob', name: 'Борис' },
];
const overlapQuery: AgreementInput['query'] = {
  tagIds: null,
  withSubtags: false,
  unit: { mode: 'overlap', threshold: 0 },
};

function doc(id: string, annotations: Annotation[], textLength = 100, date: string | null = null): AgreementDocument {
  return { id, title: `Документ ${id}`, textLength, date, annotations };
}

function report(documents: AgreementDocument[], extra: Partial<AgreementInput> = {}) {
  return agreementReport({ coders, documents, codebook, mappings: [], query: overlapQuery, ...extra });
}

// One unit of each class (overlap rule): agree, tag differs, boundary differs, only Анна.
const sample = () => [
  ann('ann', 'claim', 0, 10),
  ann('bob', 'claim', 0, 10),
  ann('ann', 'claim', 20, 30),
  ann('bob', 'proposal', 20, 30),
  ann('ann', 'threat', 40, 50),
  ann('bob', 'threat', 42, 50),
  ann('ann', 'proposal', 60, 70),
];

describe('agreementReport — a hand-made document', () => {
  const r = report([doc('d1', sample())]);

  it('forms and counts the units, every class once', () => {
    expect(r.formation).toMatchObject({ found: 4, complete: 3, incomplete: 1, annotations: 7, orphansExcluded: 0 });
    expect(r.classes).toEqual({ agree: 1, 'tag-differs': 1, 'boundary-differs': 1, 'both-differ': 0, 'only-some': 1 });
    expect(r.documents).toBe(1);
    expect(r.commonDocuments).toBe(1);
    expect(r.unitizingDocuments).toBe(1);
  });

  it('percent and Cohen over the complete units, by hand: 2/3 and (2/3 − 1/3)/(1 − 1/3) = 0.5', () => {
    expect(r.overall.percent.value).toBeCloseTo(2 / 3, 12);
    expect(r.overall.percent.units).toBe(3);
    expect(r.overall.percent.unitsFound).toBe(4);
    expect(r.overall.cohen?.value).toBeCloseTo(0.5, 12);
    expect(r.overall.fleiss.units).toBe(3);
    // α uses only units with two values: with two coders, the same three.
    expect(r.overall.alpha.units).toBe(3);
    expect(r.overall.unitizing.value).not.toBeNull();
  });

  it('per tag (binary), per document and per pair', () => {
    expect(r.perTag.map((t) => [t.tagId, t.units])).toEqual([
      ['claim', 2],
      ['proposal', 2],
      ['threat', 1],
    ]);
    // Binary over every unit: (claim, claim), (claim, other), (other, other), (other, —).
    const claim = r.perTag[0];
    expect(claim?.figures.percent.value).toBeCloseTo(2 / 3, 12);
    expect(claim?.figures.percent.unitsFound).toBe(4);
    expect(claim?.figures.alpha.units).toBe(3);
    expect(claim?.unitizing.value).not.toBeNull();
    expect(r.perDocument).toHaveLength(1);
    expect(r.perDocument[0]).toMatchObject({ documentId: 'd1', units: 4, disagreements: 3 });
    expect(r.perDocument[0]?.figures.cohen?.value).toBeCloseTo(0.5, 12);
    expect(r.perDocument[0]?.unitizing.value).toBeCloseTo(r.overall.unitizing.value as number, 12);
    expect(r.perPair).toHaveLength(1);
    expect(r.perPair[0]).toMatchObject({ coderA: 'ann', coderB: 'bob', units: 4 });
    expect(r.perPair[0]?.figures.cohen?.value).toBeCloseTo(0.5, 12);
  });

  it('the confusion matrix between the first two coders, "not marked" last', () => {
    expect(r.confusion.labels).toEqual(['claim', 'proposal', 'threat']);
    expect(r.confusion.counts).toEqual([
      [1, 1, 0, 0],
      [0, 0, 0, 1],
      [0, 0, 1, 0],
      [0, 0, 0, 0],
    ]);
  });

  it('exact spans: the boundary difference becomes two units of one coder each', () => {
    const exact = report([doc('d1', sample())], { query: { ...overlapQuery, unit: { mode: 'exact', threshold: 0 } } });
    expect(exact.formation).toMatchObject({ found: 5, complete: 2, incomplete: 3 });
    expect(exact.overall.percent.value).toBeCloseTo(0.5, 12);
  });
});

describe('agreementReport — what changes the figures', () => {
  it('a tag mapping: Борис’s proposal read as claim makes the complete units agree', () => {
    const mapped = report([doc('d1', sample())], { mappings: [mapping('bob', 'proposal', 'claim')] });
    expect(mapped.overall.percent.value).toBe(1);
    expect(mapped.classes.agree).toBe(2);
    // Every complete unit agrees on two categories (claim, threat): κ = 1.
    expect(mapped.overall.cohen?.value).toBe(1);
    // A mapping of a coder not chosen changes nothing.
    const other = report([doc('d1', sample())], { mappings: [mapping('eve', 'proposal', 'claim')] });
    expect(other.overall.cohen?.value).toBeCloseTo(0.5, 12);
  });

  it('chosen tags with sub-tags: sub-tags count as their parent, the rest is counted outside', () => {
    const annotations = [
      ann('ann', 'claim', 0, 10),
      ann('bob', 'claim-causal-deep', 0, 10),
      ann('ann', 'threat', 20, 30),
      ann('bob', 'threat-terror', 20, 30),
    ];
    const query: AgreementQuery['unit'] = { mode: 'exact', threshold: 0 };
    const r = report([doc('d1', annotations)], { query: { tagIds: ['claim'], withSubtags: true, unit: query } });
    expect(r.formation).toMatchObject({ found: 1, outsideTags: 2, annotations: 2 });
    expect(r.classes.agree).toBe(1);
    const flat = report([doc('d1', annotations)], { query: { tagIds: null, withSubtags: false, unit: query } });
    expect(flat.classes['tag-differs']).toBe(2);
  });

  it('orphaned annotations are left out and counted', () => {
    const r = report([doc('d1', [...sample(), ann('bob', 'proposal', 65, 65, { orphaned: true })])]);
    expect(r.formation.orphansExcluded).toBe(1);
    expect(r.formation.found).toBe(4);
  });
});

describe('agreementReport — per tag', () => {
  it('coders who always agree on a tag get 1 for it, not "undefined": the units without it count', () => {
    const r = report([
      doc('d1', [
        ann('ann', 'claim', 0, 10),
        ann('bob', 'claim', 0, 10),
        ann('ann', 'threat', 20, 30),
        ann('bob', 'proposal', 20, 30),
      ]),
    ]);
    const claim = r.perTag.find((t) => t.tagId === 'claim');
    expect(claim?.units).toBe(1);
    expect(claim?.figures.cohen?.value).toBe(1);
    expect(claim?.figures.alpha.value).toBe(1);
    const threat = r.perTag.find((t) => t.tagId === 'threat');
    expect(threat?.figures.percent.value).toBe(0.5);
  });

  it('a tag only one coder used, on a unit the other did not mark, was never compared: no-units, not 1.0', () => {
    const r = report([
      doc('d1', [ann('ann', 'claim', 0, 10), ann('bob', 'claim', 0, 10), ann('ann', 'threat', 40, 50)]),
    ]);
    const threat = r.perTag.find((t) => t.tagId === 'threat');
    expect(threat?.units).toBe(1);
    for (const figure of [threat?.figures.percent, threat?.figures.cohen, threat?.figures.alpha, threat?.figures.ac1]) {
      expect(figure).toMatchObject({ value: null, reason: 'no-units' });
    }
  });
});

describe('agreementReport — no common units', () => {
  it('coders who annotated different documents get no figure, never 1.0', () => {
    const r = report([
      doc('d1', [ann('ann', 'claim', 0, 10), ann('ann', 'claim', 20, 30)]),
      doc('d2', [ann('bob', 'claim', 0, 10), ann('bob', 'claim', 20, 30)]),
    ]);
    expect(r.commonDocuments).toBe(0);
    expect(r.unitizingDocuments).toBe(0);
    expect(r.formation).toMatchObject({ found: 4, complete: 0, incomplete: 4 });
    for (const figure of [r.overall.percent, r.overall.cohen, r.overall.fleiss, r.overall.alpha, r.overall.ac1]) {
      expect(figure?.value).toBeNull();
      expect(figure?.reason).toBe('no-units');
    }
    expect(r.overall.unitizing).toMatchObject({ value: null, reason: 'no-units' });
    expect(r.perTag[0]?.unitizing).toMatchObject({ value: null, reason: 'no-units' });
    expect(r.perDocument.every((d) => d.unitizing.reason === 'no-units')).toBe(true);
  });

  it('no documents at all', () => {
    const r = report([]);
    expect(r.overall.alpha).toMatchObject({ value: null, reason: 'no-units' });
    expect(r.overall.unitizing.reason).toBe('no-units');
    expect(r.confusion.counts).toEqual([[0]]);
  });

  it('one category only: undefined for want of variation, not 1.0', () => {
    const r = report([doc('d1', [ann('ann', 'claim', 0, 10), ann('bob', 'claim', 0, 10)])]);
    expect(r.overall.percent.value).toBe(1);
    expect(r.overall.cohen).toMatchObject({ value: null, reason: 'no-variation' });
    expect(r.overall.alpha).toMatchObject({ value: null, reason: 'no-variation' });
  });
});

describe('agreementReport — αu', () => {
  // Krippendorff (2004) as in DKPro Agreement, shifted to start at 0 (continuum 150–450 → a 300-character text).
  const u = (coder: string, category: string, begin: number, length: number) =>
    ann(coder, category, begin - 150, begin - 150 + length);
  const example = () => [
    u('ann', 'claim', 225, 70),
    u('ann', 'claim', 370, 30),
    u('ann', 'threat', 180, 60),
    u('ann', 'threat', 300, 50),
    u('bob', 'claim', 220, 80),
    u('bob', 'claim', 355, 20),
    u('bob', 'claim', 400, 20),
    u('bob', 'threat', 180, 60),
    u('bob', 'threat', 300, 50),
  ];

  it("one document: DKPro's example, αu 0.8591 (to its tolerance), c 0.7286, k 1", () => {
    const r = report([doc('d1', example(), 300)]);
    expect(Math.abs((r.overall.unitizing.value as number) - 0.8591)).toBeLessThan(0.0005);
    const byTag = new Map(r.perTag.map((t) => [t.tagId, t.unitizing.value]));
    expect(Math.abs((byTag.get('claim') as number) - 0.7286)).toBeLessThan(0.0005);
    expect(byTag.get('threat')).toBeCloseTo(1, 12);
  });

  it('documents are laid end to end, each its full length; documents one coder did not code are left out', () => {
    const second = [ann('ann', 'claim', 10, 20), ann('bob', 'claim', 12, 20)];
    const r = report([doc('d1', example(), 300), doc('d2', second, 40), doc('d3', [ann('ann', 'claim', 0, 5)], 1000)]);
    expect(r.unitizingDocuments).toBe(2);
    const shifted = (a: Annotation, by: number) => ({
      begin: a.start + by,
      length: a.end - a.start,
      category: a.tagId,
    });
    const byCoder = (coder: string) => [
      ...example()
        .filter((a) => a.coderId === coder)
        .map((a) => shifted(a, 0)),
      ...second.filter((a) => a.coderId === coder).map((a) => shifted(a, 300)),
    ];
    const direct = unitizingAlpha({ begin: 0, length: 340 }, [byCoder('ann'), byCoder('bob')]);
    expect(r.overall.unitizing.value).toBeCloseTo(direct.overall.value as number, 12);
  });

  it("a coder's own overlapping spans of one category are merged first, and counted", () => {
    const r = report([
      doc('d1', [ann('ann', 'claim', 0, 10), ann('ann', 'claim', 5, 15), ann('bob', 'claim', 0, 15)], 50),
    ]);
    expect(r.formation.mergedSpans).toBe(1);
    expect(r.overall.unitizing.value).toBeCloseTo(1, 12);
  });
});

describe('agreementReport — coders', () => {
  it('three coders: no Cohen overall, one pair per two coders, Fleiss over the units all three coded', () => {
    const three = [...coders, { id: 'cat', name: 'Катя' }];
    const annotations = [
      ann('ann', 'claim', 0, 10),
      ann('bob', 'claim', 0, 10),
      ann('cat', 'claim', 0, 10),
      ann('ann', 'proposal', 20, 30),
      ann('bob', 'claim', 20, 30),
      ann('bob', 'claim', 40, 50),
    ];
    const r = report([doc('d1', annotations)], { coders: three });
    expect(r.overall.cohen).toBeNull();
    expect(r.overall.fleiss.units).toBe(1);
    expect(r.overall.alpha.units).toBe(2);
    expect(r.perPair.map((p) => `${p.coderA}-${p.coderB}:${p.units}`)).toEqual(['ann-bob:3', 'ann-cat:2', 'bob-cat:3']);
  });

  it('a coder listed twice counts once', () => {
    const r = report([doc('d1', sample())], { coders: [...coders, coders[0] as (typeof coders)[number]] });
    expect(r.coders).toHaveLength(2);
    expect(r.overall.cohen?.value).toBeCloseTo(0.5, 12);
  });
});
