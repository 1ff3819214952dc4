import { describe, expect, it } from 'vitest';
import { dataC, fromTable } from './reference-data.fixture.ts';
import { assertRectangular, categoriesOf, categoryCounts, valueCount } from './reliability-data.ts';

describe('reliability data', () => {
  it('counts values and categories, leaving missing values out', () => {
    expect(valueCount(['a', null, 'b', 'a'])).toBe(3);
    expect([...categoryCounts(['a', null, 'b', 'a'])]).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    expect(categoriesOf(dataC)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('rejects a ragged table', () => {
    expect(() => assertRectangular({ coders: ['A', 'B'], units: [['x', 'y'], ['x']] })).toThrow(
      /unit 2 has 1 values for 2 coders/,
    );
    expect(() => assertRectangular(dataC)).not.toThrow();
  });

  it('builds the 50-unit Cohen example from its table', () => {
    const data = fromTable([
      [20, 5],
      [10, 15],
    ]);
    expect(data.units).toHaveLength(50);
    expect(data.units.filter((u) => u[0] === 'yes' && u[1] === 'no')).toHaveLength(5);
  });
});
