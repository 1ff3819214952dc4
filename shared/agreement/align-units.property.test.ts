import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UnitRule } from './agreement-types.ts';
import { ann, codebook } from './annotation.fixture.ts';
import { agreementReport } from './agreement-report.ts';
import { coderColumns, documentUnits } from './document-units.ts';
import { categoryLabeller, everyTag } from './labels.ts';

/** Random spans of up to three coders over a 60-character text, any tags of the small codebook. */
const spanArb = fc.record({
  coder: fc.constantFrom('ann', 'bob', 'cat'),
  tag: fc.constantFrom('claim', 'proposal', 'threat', 'claim-causal'),
  start: fc.integer({ min: 0, max: 58 }),
  length: fc.integer({ min: 1, max: 20 }),
});
const ruleArb: fc.Arbitrary<UnitRule> = fc.oneof(
  fc.constant<UnitRule>({ mode: 'exact', threshold: 0 }),
  fc.double({ min: 0, max: 1, noNaN: true }).map((threshold): UnitRule => ({ mode: 'overlap', threshold })),
);

describe('unit formation, for any spans', () => {
  it('every compared annotation is in exactly one unit, no coder twice, members of a unit overlap their union', () => {
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 30 }), ruleArb, (spans, rule) => {
        const annotations = spans.map((s) => ann(s.coder, s.tag, s.start, Math.min(60, s.start + s.length)));
        const formed = documentUnits(
          annotations,
          coderColumns(['ann', 'bob', 'cat']),
          categoryLabeller(codebook, [], everyTag),
          rule,
        );
        const seen = new Map<string, number>();
        for (const unit of formed.units) {
          unit.members.forEach((m, coder) => {
            if (!m) return;
            expect(m.coder).toBe(coder);
            seen.set(m.annotation.id, (seen.get(m.annotation.id) ?? 0) + 1);
            expect(m.start).toBeGreaterThanOrEqual(unit.start);
            expect(m.end).toBeLessThanOrEqual(unit.end);
          });
          const present = unit.members.filter((m) => m !== null);
          expect(present.length).toBeGreaterThan(0);
          if (rule.mode === 'exact') expect(new Set(present.map((m) => `${m?.start}:${m?.end}`)).size).toBe(1);
          else {
            // Every two spans of a unit overlap enough themselves, not only through a third.
            for (const x of present) {
              for (const y of present) {
                if (!x || !y || x === y) continue;
                const inter = Math.min(x.end, y.end) - Math.max(x.start, y.start);
                const union = Math.max(x.end, y.end) - Math.min(x.start, y.start);
                expect(inter).toBeGreaterThan(0);
                expect(inter / union).toBeGreaterThanOrEqual(rule.threshold - 1e-12);
              }
            }
          }
        }
        expect(seen.size).toBe(annotations.length);
        expect([...seen.values()].every((n) => n === 1)).toBe(true);
        // Text order.
        for (let i = 1; i < formed.units.length; i++) {
          const a = formed.units[i - 1];
          const b = formed.units[i];
          expect(a && b && (a.start < b.start || (a.start === b.start && a.end <= b.end))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the report never gives NaN, and every undefined figure says why', () => {
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 25 }), ruleArb, (spans, rule) => {
        const annotations = spans.map((s) => ann(s.coder, s.tag, s.start, Math.min(60, s.start + s.length)));
        const r = agreementReport({
          coders: [
            { id: 'ann', name: 'A' },
            { id: 'bob', name: 'B' },
            { id: 'cat', name: 'C' },
          ],
          documents: [{ id: 'd1', title: 'D', textLength: 60, date: null, annotations }],
          codebook,
          mappings: [],
          query: { tagIds: null, withSubtags: false, unit: rule },
        });
        const figures = [
          r.overall,
          ...r.perTag.map((t) => t.figures),
          ...r.perDocument.map((d) => d.figures),
          ...r.perPair.map((p) => p.figures),
        ].flatMap((f) => [f.percent, f.fleiss, f.alpha, f.ac1, ...(f.cohen ? [f.cohen] : [])]);
        for (const f of [...figures, ...r.variables.flatMap((v) => [v.percent, v.alpha])]) {
          if (f.value === null) expect(f.reason).toBeDefined();
          else expect(Number.isFinite(f.value)).toBe(true);
        }
        for (const u of [r.overall.unitizing, ...r.perTag.map((t) => t.unitizing)]) {
          if (u.value === null) expect(u.reason).not.toBeNull();
          else expect(Number.isFinite(u.value)).toBe(true);
        }
        expect(r.formation.found).toBe(r.formation.complete + r.formation.incomplete);
      }),
      { numRuns: 200 },
    );
  });
});
