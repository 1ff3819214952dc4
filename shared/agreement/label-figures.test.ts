import { describe, expect, it } from 'vitest';
import type { Coefficient } from './coefficient.ts';
import { cohenKappa } from './cohen-kappa.ts';
import { fleissKappa } from './fleiss-kappa.ts';
import { gwetAc1 } from './gwet-ac1.ts';
import { krippendorffAlpha } from './krippendorff-alpha.ts';
import { binaryLabelFigures, labelFigures } from './label-figures.ts';
import { percentAgreement } from './percent-agreement.ts';
import { dataC } from './reference-data.fixture.ts';
import type { Cell } from './reliability-data.ts';

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(seed: number, coders: number, units: number, categories: string[]): Cell[][] {
  const next = random(seed);
  const missing = next() * 0.4;
  return Array.from({ length: units }, () => {
    const truth = categories[Math.floor(next() * categories.length)] as string;
    return Array.from({ length: coders }, () => {
      if (next() < missing) return null;
      return next() < 0.6 ? truth : (categories[Math.floor(next() * categories.length)] as string);
    });
  });
}

function same(actual: Coefficient | null, expected: Coefficient | null, found: number) {
  if (expected === null) return expect(actual).toBeNull();
  expect(actual?.reason).toBe(expected.reason);
  expect(actual?.units).toBe(expected.units);
  expect(actual?.unitsFound).toBe(found);
  if (expected.value === null) expect(actual?.value).toBeNull();
  else expect(actual?.value).toBeCloseTo(expected.value, 12);
}

/** The figures by the published-value-tested functions, over the units the report uses for each. */
function reference(rows: Cell[][], coderCount: number) {
  const coders = Array.from({ length: coderCount }, (_, i) => `c${i}`);
  const complete = { coders, units: rows.filter((r) => r.every((c) => c !== null)) };
  return {
    percent: percentAgreement(complete),
    cohen: coderCount === 2 ? cohenKappa(complete) : null,
    fleiss: fleissKappa(complete),
    alpha: krippendorffAlpha({ coders, units: rows }),
    ac1: gwetAc1(complete),
  };
}

describe('labelFigures: one pass, the same figures as each coefficient on its own', () => {
  const cases = [
    { seed: 1, coders: 2, units: 50, categories: ['a', 'b', 'c'] },
    { seed: 2, coders: 3, units: 80, categories: ['a', 'b', 'c', 'd'] },
    { seed: 3, coders: 5, units: 40, categories: ['a', 'b'] },
    { seed: 4, coders: 2, units: 5, categories: ['a'] },
    { seed: 5, coders: 4, units: 3, categories: ['a', 'b', 'c'] },
    { seed: 6, coders: 2, units: 0, categories: ['a'] },
  ];
  it.for(cases)('seed $seed: $coders coders × $units units', ({ seed, coders, units, categories }) => {
    const rows = generate(seed, coders, units, categories);
    const got = labelFigures(rows, coders);
    const want = reference(rows, coders);
    for (const key of ['percent', 'cohen', 'fleiss', 'alpha', 'ac1'] as const) same(got[key], want[key], rows.length);
  });

  it('Krippendorff data C: α 0.743421 over the units with two or more values', () => {
    const got = labelFigures(dataC.units as Cell[][], 4);
    expect(got.alpha.value).toBeCloseTo(0.743421, 6);
    expect(got.cohen).toBeNull();
  });

  it('the 50-item Cohen example: κ 0.400', () => {
    const rows: Cell[][] = [
      ...Array.from({ length: 20 }, () => ['yes', 'yes']),
      ...Array.from({ length: 15 }, () => ['no', 'no']),
      ...Array.from({ length: 5 }, () => ['yes', 'no']),
      ...Array.from({ length: 10 }, () => ['no', 'yes']),
    ];
    expect(labelFigures(rows, 2).cohen?.value).toBeCloseTo(0.4, 12);
  });
});

describe('binaryLabelFigures: one category against the rest, the rest counted rather than listed', () => {
  it.for([11, 12, 13, 14])('seed %i: the same as labelFigures over the whole binary table', (seed) => {
    const coders = 2 + (seed % 3);
    const rows = generate(seed, coders, 60, ['a', 'b', 'c', 'd']);
    for (const category of ['a', 'b', 'z']) {
      const binary = rows.map((row) => row.map((cell) => (cell === null ? null : cell === category ? cell : '-other')));
      const involved = binary.filter((row) => row.includes(category));
      const othersByValues = new Array<number>(coders + 1).fill(0);
      for (const row of binary) {
        if (row.includes(category)) continue;
        const values = row.filter((cell) => cell !== null).length;
        othersByValues[values] = (othersByValues[values] as number) + 1;
      }
      const got = binaryLabelFigures(involved, othersByValues, '-other', coders);
      const want = labelFigures(binary, coders);
      const compared = involved.some((row) => row.every((cell) => cell !== null));
      for (const key of ['percent', 'cohen', 'fleiss', 'ac1'] as const) {
        if (compared) same(got[key], want[key], rows.length);
        else if (want[key] !== null) expect(got[key]).toMatchObject({ value: null, reason: 'no-units', units: 0 });
      }
      const paired = involved.some((row) => row.filter((cell) => cell !== null).length >= 2);
      if (paired) same(got.alpha, want.alpha, rows.length);
      else expect(got.alpha).toMatchObject({ value: null, reason: 'no-units', units: 0 });
    }
  });

  it('a category no complete unit holds is not compared: no-units, never percent 1.0', () => {
    // "x" only where the second coder did not mark the unit; the 5 complete units agree on "another one".
    const involved = [
      ['x', null],
      ['x', null],
    ];
    const got = binaryLabelFigures(involved, [0, 0, 5], '-other', 2);
    for (const key of ['percent', 'cohen', 'fleiss', 'alpha', 'ac1'] as const) {
      expect(got[key]).toEqual({ value: null, units: 0, unitsFound: 7, reason: 'no-units' });
    }
  });

  it('three coders, the category only in incomplete units with two values: α is computed, the rest no-units', () => {
    const involved = [
      ['x', 'x', null],
      ['x', '-other', null],
    ];
    const got = binaryLabelFigures(involved, [0, 0, 0, 4], '-other', 3);
    expect(got.percent).toMatchObject({ value: null, reason: 'no-units' });
    expect(got.fleiss).toMatchObject({ value: null, reason: 'no-units' });
    expect(got.ac1).toMatchObject({ value: null, reason: 'no-units' });
    expect(got.alpha.value).not.toBeNull();
  });
});
