import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/annotation.ts';
import type { UnitRule } from './agreement-types.ts';
import { ann, codebook } from './annotation.fixture.ts';
import { coderColumns, documentUnits } from './document-units.ts';
import { categoryLabeller, everyTag, type TagSelection } from './labels.ts';

const exact: UnitRule = { mode: 'exact', threshold: 0 };
const overlap = (threshold: number): UnitRule => ({ mode: 'overlap', threshold });

function form(annotations: Annotation[], rule: UnitRule, coders = ['ann', 'bob'], selection: TagSelection = everyTag) {
  return documentUnits(annotations, coderColumns(coders), categoryLabeller(codebook, [], selection), rule);
}

/** Each unit as "class start-end cats", categories per coder ("-" where none). */
function brief(annotations: Annotation[], rule: UnitRule, coders?: string[], selection?: TagSelection): string[] {
  return form(annotations, rule, coders, selection).units.map(
    (u) => `${u.class} ${u.start}-${u.end} ${u.members.map((m) => m?.category ?? '-').join(',')}`,
  );
}

describe('exact units', () => {
  it('joins only identical spans; the rest are units of one coder', () => {
    const units = brief(
      [
        ann('ann', 'claim', 0, 10),
        ann('bob', 'claim', 0, 10),
        ann('ann', 'claim', 20, 30),
        ann('bob', 'proposal', 20, 30),
        ann('ann', 'threat', 40, 50),
        ann('bob', 'threat', 41, 50),
      ],
      exact,
    );
    expect(units).toEqual([
      'agree 0-10 claim,claim',
      'tag-differs 20-30 claim,proposal',
      'only-some 40-50 threat,-',
      'only-some 41-50 -,threat',
    ]);
  });

  it('pairs equal categories first when a coder has several annotations on one span', () => {
    const units = brief(
      [
        ann('ann', 'claim', 0, 10),
        ann('ann', 'threat', 0, 10),
        ann('bob', 'threat', 0, 10),
        ann('bob', 'proposal', 0, 10),
      ],
      exact,
    );
    expect(units.sort()).toEqual(['agree 0-10 threat,threat', 'tag-differs 0-10 claim,proposal']);
  });

  it('never puts one coder twice in a unit', () => {
    const formed = form([ann('ann', 'claim', 0, 10), ann('ann', 'claim', 0, 10), ann('bob', 'claim', 0, 10)], exact);
    expect(formed.units.map((u) => u.class).sort()).toEqual(['agree', 'only-some']);
  });
});

describe('overlap units', () => {
  it('any overlap at threshold 0; touching spans do not overlap', () => {
    const spans = [
      ann('ann', 'claim', 0, 10),
      ann('bob', 'claim', 9, 30),
      ann('ann', 'threat', 40, 50),
      ann('bob', 'threat', 50, 60),
    ];
    expect(brief(spans, overlap(0))).toEqual([
      'boundary-differs 0-30 claim,claim',
      'only-some 40-50 threat,-',
      'only-some 50-60 -,threat',
    ]);
  });

  it('the threshold is intersection over union, inclusive', () => {
    // [0,10) and [5,15): 5 / 15 = 1/3. [20,30) and [20,40): 10/20 = 0.5.
    const spans = [
      ann('ann', 'claim', 0, 10),
      ann('bob', 'claim', 5, 15),
      ann('ann', 'claim', 20, 30),
      ann('bob', 'proposal', 20, 40),
    ];
    expect(brief(spans, overlap(0.5))).toEqual([
      'only-some 0-10 claim,-',
      'only-some 5-15 -,claim',
      'both-differ 20-40 claim,proposal',
    ]);
    expect(brief(spans, overlap(0.3)).map((u) => u.split(' ')[0])).toEqual(['boundary-differs', 'both-differ']);
    expect(brief(spans, overlap(0.51)).filter((u) => u.startsWith('only-some'))).toHaveLength(4);
  });

  it('nested spans: the best IoU pairs first, the rest stay alone', () => {
    // ann: a long span and a short one inside it; bob: one span close to the short one.
    const spans = [ann('ann', 'claim', 0, 100), ann('ann', 'claim', 40, 50), ann('bob', 'claim', 40, 52)];
    expect(brief(spans, overlap(0))).toEqual(['only-some 0-100 claim,-', 'boundary-differs 40-52 claim,claim']);
  });

  it('equal category breaks a tie of IoU', () => {
    const spans = [ann('ann', 'claim', 0, 10), ann('ann', 'proposal', 0, 10), ann('bob', 'proposal', 0, 10)];
    expect(brief(spans, overlap(0))).toContain('agree 0-10 proposal,proposal');
  });

  it('chains of overlapping spans: no coder twice, three coders', () => {
    const spans = [
      ann('ann', 'claim', 0, 10),
      ann('bob', 'claim', 2, 12),
      ann('cat', 'claim', 4, 14),
      ann('ann', 'claim', 11, 20),
    ];
    const units = form(spans, overlap(0), ['ann', 'bob', 'cat']).units;
    for (const u of units) {
      const coders = u.members.filter(Boolean).map((m) => m?.annotation.coderId);
      expect(new Set(coders).size).toBe(coders.length);
    }
    expect(units.map((u) => u.class)).toEqual(['boundary-differs', 'only-some']);
    expect(units[1]?.start).toBe(11);
  });

  it('a unit never holds two spans that overlap less than the threshold, whatever joins them (complete linkage)', () => {
    // A–B and B–C share 10 of 16 characters, A–C only 4 of 16: joining through B alone would make one unit.
    const spans = [ann('ann', 'claim', 0, 10), ann('bob', 'claim', 0, 16), ann('cat', 'claim', 6, 16)];
    expect(brief(spans, overlap(0.5), ['ann', 'bob', 'cat'])).toEqual([
      'only-some 0-16 claim,claim,-',
      'only-some 6-16 -,-,claim',
    ]);
    // At 0.25 all three pairs reach it: one unit.
    expect(brief(spans, overlap(0.25), ['ann', 'bob', 'cat'])).toEqual(['boundary-differs 0-16 claim,claim,claim']);
  });

  it('with three coders a unit two of them marked is only-some', () => {
    const units = brief([ann('ann', 'claim', 0, 10), ann('bob', 'claim', 0, 10)], overlap(0), ['ann', 'bob', 'cat']);
    expect(units).toEqual(['only-some 0-10 claim,claim,-']);
  });
});

describe('what is left out, and counted', () => {
  it('orphaned annotations, tags outside the chosen ones, and coders not chosen', () => {
    const formed = form(
      [
        ann('ann', 'claim', 0, 10),
        ann('bob', 'claim', 5, 5, { orphaned: true }),
        ann('bob', 'threat', 0, 10),
        ann('bob', 'claim-causal', 0, 10),
        ann('eve', 'claim', 0, 10),
      ],
      exact,
      ['ann', 'bob'],
      { tagIds: ['claim'], withSubtags: true },
    );
    expect(formed.orphansExcluded).toBe(1);
    expect(formed.outsideTags).toBe(1);
    expect(formed.spans).toHaveLength(2);
    expect(formed.units.map((u) => u.class)).toEqual(['agree']);
    expect(formed.coded).toEqual([true, true]);
  });

  it('a coder with nothing in the document did not code it', () => {
    expect(form([ann('ann', 'claim', 0, 10)], exact).coded).toEqual([true, false]);
  });
});
