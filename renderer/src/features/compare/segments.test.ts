import { describe, expect, it } from 'vitest';
import { segmentize } from './segments.ts';

describe('segmentize', () => {
  it('cuts at every mark edge, unmarked text included', () => {
    const marks = [
      { start: 2, end: 6 },
      { start: 4, end: 9 },
    ];
    expect(segmentize(0, 10, marks)).toEqual([
      { start: 0, end: 2, cover: [] },
      { start: 2, end: 4, cover: [0] },
      { start: 4, end: 6, cover: [0, 1] },
      { start: 6, end: 9, cover: [1] },
      { start: 9, end: 10, cover: [] },
    ]);
  });

  it('clips marks reaching outside the range and ignores those beyond it', () => {
    const marks = [
      { start: 0, end: 20 },
      { start: 30, end: 40 },
      { start: 12, end: 14 },
    ];
    expect(segmentize(10, 15, marks)).toEqual([
      { start: 10, end: 12, cover: [0] },
      { start: 12, end: 14, cover: [0, 2] },
      { start: 14, end: 15, cover: [0] },
    ]);
  });

  it('gives nothing for an empty range', () => {
    expect(segmentize(5, 5, [{ start: 0, end: 9 }])).toEqual([]);
  });
});
