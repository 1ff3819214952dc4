import { describe, expect, it } from 'vitest';
import { annotateSpan } from '../../../../shared/anchoring/annotate-span.ts';
import { diffAnnotations } from './annotation-plugin.ts';

const text = 'Стороны договорились о совместных учениях.';
const make = (id: string, start: number, end: number) =>
  annotateSpan(text, { id, documentId: 'd', coderId: 'c', tagId: 'claim', start, end });

describe('diffAnnotations', () => {
  it('redraws added, removed and moved or retagged annotations only', () => {
    const a = make('a', 0, 7);
    const b = make('b', 8, 20);
    const c = make('c', 23, 33);
    const memoOnly = { ...b, note: 'проверить', speakerId: 'x' };
    const retagged = { ...c, tagId: 'proposal' };
    const d = make('d', 34, 41);
    const { added, removed } = diffAnnotations([a, b, c], [memoOnly, retagged, d]);
    expect(added.map((x) => x.id)).toEqual(['c', 'd']);
    expect(removed.sort()).toEqual(['a', 'c']);
  });

  it('leaves the saved copy of an annotation shown before its save alone', () => {
    const shown = make('a', 0, 7);
    const saved = { ...shown, created: '2026-11-23T10:00:00.000Z', modified: '2026-11-23T10:00:00.000Z' };
    expect(diffAnnotations([shown], [saved])).toEqual({ added: [], removed: [] });
  });
});

describe('diffAnnotations on long lists', () => {
  it('finds one insertion and one removal among thousands, wherever they are', () => {
    const list = Array.from({ length: 3000 }, (_, i) => make(`a${i}`, i % 40, (i % 40) + 1));
    const inserted = make('new', 5, 9);
    const next = [...list.slice(0, 1200), inserted, ...list.slice(1200, 2999)];
    expect(diffAnnotations(list, next)).toEqual({ added: [inserted], removed: ['a2999'] });
    expect(diffAnnotations(list, list)).toEqual({ added: [], removed: [] });
    expect(diffAnnotations([], list).added).toHaveLength(3000);
  });
});
