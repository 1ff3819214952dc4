import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from '../model/document.ts';
import { DocumentMatcher } from './match-documents.ts';

const doc = (id: string, sourceHash?: string): DocumentInfo => ({
  id,
  title: id,
  metadata: {},
  created: '2026-01-01T00:00:00.000Z',
  textLength: 1,
  ...(sourceHash ? { sourceHash } : {}),
});
const h = (c: string) => c.repeat(64);

describe('DocumentMatcher', () => {
  it('matches by id first, then by sourceHash, each of ours once', () => {
    const ours = [doc('a', h('1')), doc('b', h('2')), doc('c', h('3'))];
    const theirs = [doc('a', h('9')), doc('x', h('2')), doc('y', h('2')), doc('z', h('1')), doc('w')];
    const matcher = new DocumentMatcher(
      ours,
      theirs.map((d) => d.id),
    );
    expect(theirs.map((d) => matcher.match(d))).toEqual([
      { ourId: 'a', matchedBy: 'id' },
      { ourId: 'b', matchedBy: 'source-hash' },
      // The second copy of one text is new: it does not fold into the same document.
      { ourId: null, matchedBy: null },
      // Ours "a" is theirs by id: not also matched by its hash.
      { ourId: null, matchedBy: null },
      { ourId: null, matchedBy: null },
    ]);
  });
});
