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

describe('OverlapLayers.placeMany', () => {
  it('gives the layers placing one after another gives, for a whole layer shown at once', () => {
    const long = 'x'.repeat(400);
    // A fixed pseudo-random sequence: the same spans on every run.
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    const make = (id: string) => {
      const start = next() % 380;
      return annotateSpan(long, {
        id,
        documentId: 'd',
        coderId: 'c',
        tagId: 't',
        start,
        end: start + 1 + (next() % 20),
      });
    };
    const order = (list: ReturnType<typeof make>[]) => [...list].sort((a, b) => a.start - b.start || a.end - b.end);
    const shown = order(Array.from({ length: 150 }, (_, i) => make(`m${i}`)));
    const added = order(Array.from({ length: 150 }, (_, i) => make(`a${i}`)));
    const all = order([...shown, ...added]);
    const one = new OverlapLayers(shown);
    for (const a of added) one.place(a, all);
    const many = new OverlapLayers(shown);
    many.placeMany(added, all);
    expect(all.map((a) => many.layerOf(a.id))).toEqual(all.map((a) => one.layerOf(a.id)));
  });
});
