import { describe, expect, it } from 'vitest';
import { annotateSpan } from '../../../../shared/anchoring/annotate-span.ts';
import { EditorState } from 'prosemirror-state';
import { annotationKey, annotationPlugin } from './annotation-plugin.ts';
import { layerRows, rememberedLayers, rememberLayers, shownAnnotations, toggleLayer } from './layers.ts';
import { OverlapLayers } from './overlap-layers.ts';
import { TextDoc } from './text-doc.ts';

const text = 'Стороны договорились о совместных учениях в 2025 году.';
const make = (id: string, coderId: string, start: number, end: number) =>
  annotateSpan(text, { id, documentId: 'd', coderId, tagId: 'claim', start, end });

const mine = make('m1', 'me', 0, 7);
const hers = make('a1', 'anna', 0, 20);
const his = make('b1', 'boris', 8, 20);
const all = [mine, hers, his];

describe('shownAnnotations', () => {
  it('shows my layer alone by default, and the colleagues chosen beside it, in text order', () => {
    expect(shownAnnotations(all, 'me', [])).toEqual([mine]);
    expect(shownAnnotations(all, 'me', ['boris'])).toEqual([mine, his]);
    expect(shownAnnotations(all, 'me', ['anna', 'boris'])).toEqual(all);
  });

  it('gives the same array for the same input (the Reader redraws only on a change)', () => {
    const first = shownAnnotations(all, 'me', ['anna']);
    expect(shownAnnotations(all, 'me', ['anna'])).toBe(first);
    // Every layer shown: the list itself, no copy.
    expect(shownAnnotations(all, 'me', ['anna', 'boris'])).toBe(all);
    expect(shownAnnotations([...all], 'me', ['anna'])).not.toBe(first);
  });
});

describe('layerRows', () => {
  it("lists mine first, then the project's coders and anyone else here, with their counts in this document", () => {
    const coders = [
      { id: 'boris', name: 'Борис' },
      { id: 'me', name: 'Я' },
      { id: 'nobody', name: 'Никто' },
    ];
    expect(layerRows([...all, make('a2', 'anna', 23, 33)], coders, 'me')).toEqual([
      { coderId: 'me', count: 1, mine: true },
      { coderId: 'boris', count: 1, mine: false },
      { coderId: 'nobody', count: 0, mine: false },
      { coderId: 'anna', count: 2, mine: false },
    ]);
  });
});

describe('toggleLayer and the remembered choice', () => {
  it('adds and removes a colleague once each', () => {
    expect(toggleLayer(['anna'], 'boris', true)).toEqual(['anna', 'boris']);
    expect(toggleLayer(['anna', 'boris'], 'boris', true)).toEqual(['anna', 'boris']);
    expect(toggleLayer(['anna', 'boris'], 'anna', false)).toEqual(['boris']);
  });

  it('remembers the choice per project, and reads a damaged entry as none', () => {
    const items = new Map<string, string>();
    const storage = {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
    };
    rememberLayers(storage, 'p1', ['anna']);
    expect(rememberedLayers(storage, 'p1')).toEqual(['anna']);
    expect(rememberedLayers(storage, 'p2')).toEqual([]);
    items.set('glossator.layers.p3', '{not json');
    expect(rememberedLayers(storage, 'p3')).toEqual([]);
    items.set('glossator.layers.p4', '["anna", 5, null]');
    expect(rememberedLayers(storage, 'p4')).toEqual(['anna']);
    expect(rememberedLayers(undefined, 'p1')).toEqual([]);
  });
});

describe("the annotation plugin draws a colleague's layer apart", () => {
  it('marks their spans with their coder colour, mine as before, and keeps overlaps on their own rows', () => {
    const textDoc = new TextDoc(text);
    const shown = shownAnnotations(all, 'me', ['anna']);
    const layers = new OverlapLayers(shown);
    const state = EditorState.create({
      doc: textDoc.doc,
      plugins: [
        annotationPlugin({
          textDoc,
          annotations: shown,
          colorOf: () => '#123456',
          layerOf: (a) => layers.layerOf(a.id),
          coderColorOf: (a) => (a.coderId === 'me' ? null : '#c2410c'),
        }),
      ],
    });
    const drawn = annotationKey
      .getState(state)
      ?.find()
      .map((d) => (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs);
    const byId = new Map(drawn?.map((attrs) => [attrs['data-annotation-id'], attrs]));
    expect(byId.get('m1')).toMatchObject({ class: 'ann' });
    expect(byId.get('m1')?.style).not.toContain('--coder-color');
    expect(byId.get('a1')).toMatchObject({ class: 'ann ann-other', 'data-coder-id': 'anna' });
    expect(byId.get('a1')?.style).toContain('--coder-color: #c2410c');
    // Overlapping: mine and hers on different underline rows.
    expect(byId.get('m1')?.style).toContain('--layer: 0');
    expect(byId.get('a1')?.style).toContain('--layer: 1');
    expect(byId.has('b1')).toBe(false);
  });
});
