import { describe, expect, it } from 'vitest';
import { type UnitizingUnit, unitizingAlpha, unitizingDistance, unitizingSections } from './unitizing-alpha.ts';

const u = (begin: number, length: number, category: string): UnitizingUnit => ({ begin, length, category });

// Krippendorff (2004), as in DKPro Agreement's tests: continuum 150–450.
const continuum = { begin: 150, length: 300 };
const coder1 = [u(225, 70, 'c'), u(370, 30, 'c'), u(180, 60, 'k'), u(300, 50, 'k')];
const coder2 = [u(220, 80, 'c'), u(355, 20, 'c'), u(400, 20, 'c'), u(180, 60, 'k'), u(300, 50, 'k')];

describe('unitizingDistance', () => {
  it('two overlapping units: squared differences of begins and ends', () => {
    expect(unitizingDistance({ begin: 225, length: 70, isUnit: true }, { begin: 220, length: 80, isUnit: true })).toBe(
      50,
    );
    expect(unitizingDistance({ begin: 370, length: 30, isUnit: true }, { begin: 355, length: 20, isUnit: true })).toBe(
      850,
    );
  });

  it('a unit inside a gap: the unit length squared, in either order', () => {
    expect(unitizingDistance({ begin: 400, length: 50, isUnit: false }, { begin: 400, length: 20, isUnit: true })).toBe(
      400,
    );
    expect(unitizingDistance({ begin: 400, length: 20, isUnit: true }, { begin: 400, length: 50, isUnit: false })).toBe(
      400,
    );
  });

  it('gap–gap, disjoint units and a unit only partly in a gap: 0', () => {
    expect(
      unitizingDistance({ begin: 150, length: 75, isUnit: false }, { begin: 150, length: 70, isUnit: false }),
    ).toBe(0);
    expect(unitizingDistance({ begin: 0, length: 10, isUnit: true }, { begin: 10, length: 5, isUnit: true })).toBe(0);
    expect(unitizingDistance({ begin: 370, length: 30, isUnit: true }, { begin: 375, length: 25, isUnit: false })).toBe(
      0,
    );
  });
});

describe('unitizingSections', () => {
  it('tiles the continuum into units and gaps, without empty gaps', () => {
    expect(unitizingSections(continuum, [u(150, 10, 'c'), u(160, 20, 'c'), u(400, 50, 'c')])).toEqual([
      { begin: 150, length: 10, isUnit: true },
      { begin: 160, length: 20, isUnit: true },
      { begin: 180, length: 220, isUnit: false },
      { begin: 400, length: 50, isUnit: true },
    ]);
  });
});

describe('unitizingAlpha — Krippendorff (2004) example from DKPro Agreement', () => {
  const result = unitizingAlpha(continuum, [coder1, coder2]);
  const byName = (name: string) => result.categories.find((c) => c.category === name);

  // Krippendorff's published 0.8591 is 1 − 0.0144 / (0.0532 + 0.0490), i.e. from intermediates rounded
  // to 4 decimals; the unrounded computation (DKPro's too) gives 0.858665…, which is why DKPro's own
  // test checks 0.8591 with a tolerance of 0.0005.
  it('overall αu 0.8591 (to DKPro tolerance 0.0005; 0.8587 unrounded)', () => {
    expect(Math.abs((result.overall.value as number) - 0.8591)).toBeLessThan(0.0005);
    expect(result.overall.value).toBeCloseTo(0.8587, 4);
    expect(1 - 0.0144 / (0.0532 + 0.049)).toBeCloseTo(0.8591, 4);
    expect(result.overall.observed).toBeCloseTo(0.0144 / 2, 4);
    expect(result.overall.expected).toBeCloseTo((0.0532 + 0.049) / 2, 4);
    expect(result.overall.reason).toBeNull();
    expect(result.coders).toBe(2);
    expect(result.units).toBe(9);
  });

  it('category c: observed 0.0144, expected 0.0532, α 0.7286', () => {
    const c = byName('c');
    expect(c?.observed).toBeCloseTo(0.0144, 4);
    expect(c?.expected).toBeCloseTo(0.0532, 4);
    expect(c?.value).toBeCloseTo(0.7286, 4);
    expect(c?.units).toBe(5);
  });

  it('category k: observed 0, expected 0.0490, α 1.0', () => {
    const k = byName('k');
    expect(k?.observed).toBe(0);
    expect(k?.expected).toBeCloseTo(0.049, 4);
    expect(k?.value).toBeCloseTo(1.0, 4);
  });

  it('does not depend on the order of units or of coders', () => {
    const swapped = unitizingAlpha(continuum, [[...coder2].reverse(), [...coder1].reverse()]);
    expect(swapped.overall.value).toBeCloseTo(result.overall.value as number, 12);
    expect(swapped.categories.map((c) => c.value)).toEqual(result.categories.map((c) => c.value));
  });
});

describe('unitizingAlpha — undefined figures and bad input', () => {
  it('no units: null with a reason, never NaN', () => {
    const r = unitizingAlpha(continuum, [[], []]);
    expect(r.overall.value).toBeNull();
    expect(r.overall.reason).toBe('no-units');
    expect(r.categories).toEqual([]);
  });

  it('fewer than two coders: null with a reason', () => {
    const r = unitizingAlpha(continuum, [coder1]);
    expect(r.overall.value).toBeNull();
    expect(r.overall.reason).toBe('too-few-coders');
    expect(r.categories.every((c) => c.value === null && c.reason !== null)).toBe(true);
  });

  it('expected disagreement 0: null with a reason', () => {
    // Every coder marks the whole one-character continuum: no gaps, units of length 1.
    const r = unitizingAlpha({ begin: 0, length: 1 }, [[u(0, 1, 'x')], [u(0, 1, 'x')]]);
    const x = r.categories[0];
    expect(x?.expected).toBe(0);
    expect(x?.value).toBeNull();
    expect(x?.reason).toBe('no-variation');
    expect(r.overall.value).toBeNull();
    expect(Number.isNaN(r.overall.value)).toBe(false);
  });

  it('rejects units outside the continuum, empty units and overlapping units of one category', () => {
    expect(() => unitizingAlpha(continuum, [[u(100, 10, 'c')], []])).toThrow(RangeError);
    expect(() => unitizingAlpha(continuum, [[u(440, 20, 'c')], []])).toThrow(/outside the continuum/);
    expect(() => unitizingAlpha(continuum, [[u(200, 0, 'c')], []])).toThrow(RangeError);
    expect(() => unitizingAlpha(continuum, [[u(200, 20, 'c'), u(210, 20, 'c')], []])).toThrow(/overlapping/);
    expect(() => unitizingAlpha({ begin: 0, length: 0 }, [[], []])).toThrow(RangeError);
  });

  it('overlapping units of different categories are fine', () => {
    const r = unitizingAlpha(continuum, [
      [u(200, 20, 'c'), u(210, 20, 'k')],
      [u(200, 20, 'c'), u(210, 20, 'k')],
    ]);
    expect(r.categories.map((c) => c.value)).toEqual([1, 1]);
  });
});

describe('unitizingAlpha — scale', () => {
  it('1,000,000 characters, 2 × 5,000 units', () => {
    const L = 1_000_000;
    const make = (shift: number) =>
      Array.from({ length: 5000 }, (_, i) => u(i * 200 + shift, 100, i % 2 === 0 ? 'a' : 'b'));
    const t0 = performance.now();
    const r = unitizingAlpha({ begin: 0, length: L }, [make(0), make(5)]);
    const ms = performance.now() - t0;
    expect(r.overall.value).not.toBeNull();
    expect(Number.isFinite(r.overall.value as number)).toBe(true);
    expect(ms).toBeLessThan(1000);
  });
});

describe('unitizingAlpha — observed disagreement against the plain definition', () => {
  /** D_o the long way: every pair of overlapping sections of every pair of coders' tilings, δ² each. */
  function naiveObserved(length: number, coders: UnitizingUnit[][], category: string): number {
    const tilings = coders.map((units) =>
      unitizingSections(
        { begin: 0, length },
        units.filter((x) => x.category === category).sort((a, b) => a.begin - b.begin),
      ),
    );
    let sum = 0;
    for (let a = 0; a < tilings.length; a++) {
      for (let b = a + 1; b < tilings.length; b++) {
        for (const s of tilings[a] ?? []) {
          for (const t of tilings[b] ?? []) {
            if (s.begin < t.begin + t.length && t.begin < s.begin + s.length) sum += unitizingDistance(s, t);
          }
        }
      }
    }
    const m = coders.length;
    return (2 * sum) / (m * (m - 1) * length * length);
  }

  /** Non-overlapping units per coder and category, at random (a small deterministic generator). */
  function randomCoders(seed: number, m: number, length: number): UnitizingUnit[][] {
    let a = seed;
    const next = () => {
      a = (a * 1103515245 + 12345) % 2147483648;
      return a / 2147483648;
    };
    return Array.from({ length: m }, () => {
      const units: UnitizingUnit[] = [];
      for (const category of ['x', 'y']) {
        let pos = Math.floor(next() * 10);
        while (pos < length - 2) {
          const l = 1 + Math.floor(next() * 15);
          if (pos + l > length) break;
          if (next() < 0.6) units.push(u(pos, l, category));
          pos += l + Math.floor(next() * 12);
        }
      }
      return units;
    });
  }

  it.for([1, 2, 3, 4, 5, 6])('random tilings, seed %i', (seed) => {
    const length = 200;
    const coders = randomCoders(seed, 2 + (seed % 3), length);
    const r = unitizingAlpha({ begin: 0, length }, coders);
    for (const c of r.categories) {
      expect(c.observed).toBeCloseTo(naiveObserved(length, coders, c.category), 14);
    }
  });
});
