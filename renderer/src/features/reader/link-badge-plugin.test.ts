import { describe, expect, it } from 'vitest';
import { annotateSpan } from '../../../../shared/anchoring/annotate-span.ts';
import type { AnnotationRow, LinkRow } from '../../../../shared/ipc/results.ts';
import type { Annotation } from '../../../../shared/model/annotation.ts';
import { badgesKey, linkBadges } from './link-badge-plugin.ts';
import { linkEndsOf } from './link-ends.ts';

const text = 'Стороны договорились о совместных учениях.';
const make = (id: string, start: number, end: number) =>
  annotateSpan(text, { id, documentId: 'd', coderId: 'c', tagId: 'claim', start, end });
const row = (a: Annotation): AnnotationRow => ({ annotation: a, documentTitle: 'Doc', documentDate: '2024-03-14' });
const link = (id: string, from: Annotation | null, to: Annotation | null, ids?: [string, string]): LinkRow => ({
  link: {
    id,
    fromId: from?.id ?? ids?.[0] ?? 'gone',
    toId: to?.id ?? ids?.[1] ?? 'gone',
    typeId: 'same-proposal',
    coderId: 'c',
    note: '',
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  },
  from: from && row(from),
  to: to && row(to),
});

const a = make('a', 0, 7);
const b = make('b', 8, 20);
const c = make('c', 23, 33);

describe('linkBadges', () => {
  it('counts links at either end, broken ones too, and skips unlinked and orphaned annotations', () => {
    const orphan: Annotation = { ...make('o', 34, 41), end: 34, orphaned: true };
    const rows = [link('1', a, b), link('2', c, a), link('3', null, b, ['deleted', 'b']), link('4', orphan, a)];
    expect(linkBadges([a, b, c, orphan], rows)).toEqual([
      { annotationId: 'a', end: 7, count: 3 },
      { annotationId: 'b', end: 20, count: 2 },
      { annotationId: 'c', end: 33, count: 1 },
    ]);
  });

  it('draws nothing without links, and ignores links of annotations not in the list', () => {
    expect(linkBadges([a, b], [])).toEqual([]);
    expect(linkBadges([a], [link('1', b, c)])).toEqual([]);
  });

  it('keys badges by what is drawn: id, place and count', () => {
    const one = linkBadges([a, b], [link('1', a, b)]);
    const two = linkBadges([a, b], [link('1', a, b), link('2', b, a)]);
    expect(badgesKey(one)).not.toBe(badgesKey(two));
    expect(badgesKey(one)).toBe(badgesKey(linkBadges([a, b], [link('9', b, a)])));
    expect(badgesKey([])).toBe('');
  });
});

describe('linkEndsOf', () => {
  it('sees each link from the annotation: direction and the other end (null when broken)', () => {
    const rows = [link('1', a, b), link('2', c, a), link('3', a, null, ['a', 'deleted']), link('4', b, c)];
    const ends = linkEndsOf(rows, 'a');
    expect(ends.map((e) => [e.row.link.id, e.outgoing, e.other?.annotation.id ?? null])).toEqual([
      ['1', true, 'b'],
      ['2', false, 'c'],
      ['3', true, null],
    ]);
  });
});
