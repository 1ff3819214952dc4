import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../../shared/model/annotation.ts';
import { fixtureComparison } from '../compare.fixture.ts';
import { sameComparison } from './same-comparison.ts';

describe('sameComparison', () => {
  it('holds for the same layers asked again (a decision touched only the curated layer)', () => {
    expect(sameComparison(fixtureComparison(), fixtureComparison())).toBe(true);
  });

  it('fails when a unit, a member or a version differs', () => {
    const a = fixtureComparison();
    const fewer = fixtureComparison();
    fewer.units.pop();
    expect(sameComparison(a, fewer)).toBe(false);
    const moved = fixtureComparison();
    (moved.units[1] as { end: number }).end += 1;
    expect(sameComparison(a, moved)).toBe(false);
    const edited = fixtureComparison();
    edited.annotations.b2 = { ...(edited.annotations.b2 as Annotation), stance: 'opposes' };
    expect(sameComparison(a, edited)).toBe(false);
    const other = fixtureComparison();
    other.coderIds = ['anna', 'vera'];
    expect(sameComparison(a, other)).toBe(false);
  });
});
