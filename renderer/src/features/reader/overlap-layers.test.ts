import { describe, expect, it } from 'vitest';
import { annotateSpan } from '../../../../shared/anchoring/annotate-span.ts';
import { annotationsAt, OverlapLayers } from './overlap-layers.ts';

const text = 'Делегации ШОС обсудили программу сотрудничества.';
const span = (id: string, start: number, end: number) =>
  annotateSpan(text, { id, documentId: 'd', coderId: 'c', tagId: 't', start, end });

describe('OverlapLayers', () => {
  it('stacks three annotations overlapping in one word on three layers', () => {
    const word = text.indexOf('программу');
    const a = span('a', 0, word + 9);
    const b = span('b', word, word + 9);
    const c = span('c', word + 2, text.length);
    const layers = new OverlapLayers([a, b, c]);
    expect([a, b, c].map((x) => layers.layerOf(x.id))).toEqual([0, 1, 2]);
  });

  it('reuses a layer once the spans using it have ended', () => {
    const a = span('a', 0, 9);
    const b = span('b', 5, 13);
    const c = span('c', 10, 20);
    const layers = new OverlapLayers([a, b, c]);
    expect([a, b, c].map((x) => layers.layerOf(x.id))).toEqual([0, 1, 0]);
  });

  it('places a new span on the lowest free layer and leaves others where they are', () => {
    const a = span('a', 0, 20);
    const b = span('b', 5, 15);
    const layers = new OverlapLayers([a, b]);
    layers.forget('a');
    const c = span('c', 8, 12);
    expect(layers.place(c, [b, c])).toBe(0);
    expect(layers.layerOf('b')).toBe(1);
  });
});

describe('annotationsAt', () => {
  it('lists every annotation covering an offset, innermost first, skipping orphans', () => {
    const a = span('a', 0, 30);
    const b = span('b', 10, 20);
    const c = span('c', 12, 14);
    const orphan = { ...span('o', 13, 13 + 1), orphaned: true as const, start: 13, end: 13 };
    expect(annotationsAt([a, b, c, orphan], 13).map((x) => x.id)).toEqual(['c', 'b', 'a']);
    expect(annotationsAt([a, b, c], 25).map((x) => x.id)).toEqual(['a']);
    expect(annotationsAt([a, b, c], 30)).toEqual([]);
  });
});
