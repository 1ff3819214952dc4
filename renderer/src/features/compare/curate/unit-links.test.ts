import { describe, expect, it } from 'vitest';
import type { CuratableLink, CurationDecision } from '../../../../../shared/curation/curation-types.ts';
import type { Link } from '../../../../../shared/model/link.ts';
import { linkStanding, linksOfUnit } from './unit-links.ts';

const link = (id: string, fromId: string, toId: string): Link => ({
  id,
  fromId,
  toId,
  typeId: 'supports',
  coderId: 'anna',
  note: '',
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
});
const curatable = (l: Link, extra: Partial<CuratableLink> = {}): CuratableLink => ({
  link: l,
  curatedFrom: null,
  curatedTo: null,
  decisionId: null,
  curatedLinkId: null,
  ...extra,
});

describe('unit links', () => {
  const links = [curatable(link('l1', 'a1', 'a9')), curatable(link('l2', 'a8', 'b2')), curatable(link('l3', 'x', 'y'))];

  it('lists the links touching any version of the unit, by either end', () => {
    expect(linksOfUnit(links, ['a1', 'b2']).map((l) => l.link.id)).toEqual(['l1', 'l2']);
    expect(linksOfUnit(links, [null, 'b2']).map((l) => l.link.id)).toEqual(['l2']);
    expect(linksOfUnit(links, [null, null])).toEqual([]);
  });

  it('offers a link only when both its ends are curated, and says what was decided', () => {
    const decisions = new Map<string, CurationDecision>([
      ['d1', { kind: 'link-reject' } as CurationDecision],
      ['d2', { kind: 'link-take' } as CurationDecision],
    ]);
    const l = link('l1', 'a1', 'a9');
    expect(linkStanding(curatable(l, { curatedFrom: 'c1' }), decisions)).toBe('ends-not-curated');
    expect(linkStanding(curatable(l, { curatedFrom: 'c1', curatedTo: 'c9' }), decisions)).toBe('open');
    expect(linkStanding(curatable(l, { decisionId: 'd1' }), decisions)).toBe('rejected');
    expect(linkStanding(curatable(l, { decisionId: 'd2', curatedLinkId: 'cl' }), decisions)).toBe('taken');
  });

  it('a take whose curated link no longer exists is open again (or waits for its ends), never "taken"', () => {
    const decisions = new Map<string, CurationDecision>([['d2', { kind: 'link-take' } as CurationDecision]]);
    const l = link('l1', 'a1', 'a9');
    const ends = { curatedFrom: 'c1', curatedTo: 'c9' };
    expect(linkStanding(curatable(l, { ...ends, decisionId: 'd2', curatedLinkId: null }), decisions)).toBe('open');
    expect(linkStanding(curatable(l, { curatedFrom: 'c1', decisionId: 'd2' }), decisions)).toBe('ends-not-curated');
    expect(linkStanding(curatable(l, { ...ends, decisionId: 'd2', curatedLinkId: 'cl' }), decisions)).toBe('taken');
  });
});
