import { describe, expect, it } from 'vitest';
import { figureCells } from './figure-cells.ts';

const none = { value: null, reason: 'no-units' as const };
const flat = { value: null, reason: 'no-variation' as const };

describe('figureCells', () => {
  it('keeps defined figures one per cell', () => {
    const cells = figureCells([
      { key: 'percent', figure: { value: 0.5 } },
      { key: 'alpha', figure: { value: 0.4 } },
    ]);
    expect(cells.map((c) => c.span)).toEqual([1, 1]);
  });

  it('joins neighbouring undefined figures with the same reason', () => {
    const cells = figureCells([
      { key: 'percent', figure: { value: 1 } },
      { key: 'cohen', figure: flat },
      { key: 'fleiss', figure: flat },
      { key: 'alpha', figure: flat },
      { key: 'ac1', figure: { value: 1 } },
      { key: 'unitizing', figure: none },
    ]);
    expect(cells.map((c) => [c.key, c.span])).toEqual([
      ['percent', 1],
      ['cohen', 3],
      ['ac1', 1],
      ['unitizing', 1],
    ]);
  });

  it('does not join different reasons, nor "two coders only"', () => {
    expect(
      figureCells([
        { key: 'a', figure: none },
        { key: 'b', figure: flat },
      ]).length,
    ).toBe(2);
    expect(
      figureCells([
        { key: 'a', figure: null },
        { key: 'b', figure: null },
      ]).length,
    ).toBe(2);
  });
});
