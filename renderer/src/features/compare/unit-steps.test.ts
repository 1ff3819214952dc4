import { describe, expect, it } from 'vitest';
import { fixtureComparison, fixtureText } from './compare.fixture.ts';
import { indexComparison } from './comparison-index.ts';
import { stepDisagreement } from './unit-steps.ts';

const index = indexComparison(fixtureText, fixtureComparison());
const step = (selected: number | null, offset: number, direction: 1 | -1) =>
  stepDisagreement(index.disagreements, index.units, selected, offset, direction);

describe('stepDisagreement', () => {
  it('goes to the next and previous disagreement after the selected unit, skipping agreements', () => {
    expect(step(0, 0, 1)).toEqual({ unit: 1, wrapped: false });
    expect(step(1, 0, 1)).toEqual({ unit: 2, wrapped: false });
    expect(step(2, 0, -1)).toEqual({ unit: 1, wrapped: false });
  });

  it('goes round at either end and says so', () => {
    expect(step(4, 0, 1)).toEqual({ unit: 1, wrapped: true });
    expect(step(1, 0, -1)).toEqual({ unit: 4, wrapped: true });
    expect(step(0, 0, -1)).toEqual({ unit: 4, wrapped: true });
  });

  it('starts from where the reader looks when nothing is selected', () => {
    const third = index.units[3]!.start;
    expect(step(null, third, 1)).toEqual({ unit: 3, wrapped: false });
    expect(step(null, third, -1)).toEqual({ unit: 2, wrapped: false });
    expect(step(null, 0, 1)).toEqual({ unit: 1, wrapped: false });
  });

  it('has nowhere to go without disagreements', () => {
    expect(stepDisagreement(new Int32Array(0), index.units, null, 0, 1)).toBeNull();
  });

  it('takes constant time on 10,000 units', () => {
    const units = Array.from({ length: 10_000 }, (_, i) => ({ ...index.units[1]!, start: i * 100, end: i * 100 + 50 }));
    const disagreements = Int32Array.from(units.keys()).filter((i) => i % 3 !== 0);
    const t0 = performance.now();
    let at: number | null = null;
    for (let i = 0; i < 10_000; i++) at = stepDisagreement(disagreements, units, at, 0, 1)?.unit ?? null;
    expect(performance.now() - t0).toBeLessThan(100);
  });
});
