import { describe, expect, it } from 'vitest';
import { curatableLinks } from './curatable-links.ts';
import { curatedLink, decision, link } from './curatable-links.fixture.ts';

describe('curatableLinks', () => {
  // a1 (alice) and b1 (bob) are members of this document's units; a1 became c1. x9 is another document's.
  const memberIds = new Set(['a1', 'a2', 'b1']);
  const curatedIds = new Set(['c1', 'c2']);
  const unitDecisions = [
    decision('d-a1', 'take', [['alice', 'a1']], 'c1'),
    decision(
      'd-a2',
      'merged',
      [
        ['alice', 'a2'],
        ['bob', 'b2'],
      ],
      'c2',
    ),
  ];

  it('lists coders’ links with an end among the members, with the curated ends they would join', () => {
    const links = [
      link('l1', 'alice', 'a1', 'a2'),
      link('l2', 'bob', 'b1', 'x9'),
      link('l3', 'bob', 'x8', 'x9'), // neither end here
    ];
    const got = curatableLinks({ memberIds, curatedIds, links, decisions: unitDecisions });
    expect(got.links.map((l) => [l.link.id, l.curatedFrom, l.curatedTo, l.decisionId, l.curatedLinkId])).toEqual([
      ['l1', 'c1', 'c2', null, null],
      ['l2', null, null, null, null],
    ]);
    expect(got.curatedLinks).toEqual([]);
  });

  it('gives the current decision on a link and the curated link it made, and the curated links here', () => {
    const links = [link('l1', 'alice', 'a1', 'a2'), curatedLink('cl1', 'c1', 'c2'), curatedLink('cl9', 'y1', 'y2')];
    const decisions = [
      ...unitDecisions,
      decision('dl-old', 'link-reject', [], undefined, { considered: [{ coderId: 'alice', id: 'l1' }] }),
      decision('dl-new', 'link-take', [['alice', 'l1']], 'cl1', { replaces: ['dl-old'] }),
    ];
    const got = curatableLinks({ memberIds, curatedIds, links, decisions });
    expect(got.links).toHaveLength(1);
    expect(got.links[0]).toMatchObject({ decisionId: 'dl-new', curatedLinkId: 'cl1', curatedFrom: 'c1' });
    expect(got.curatedLinks.map((l) => l.id)).toEqual(['cl1']);
  });

  it('says no curated link when the one taken was removed (its end decided again), and no end once replaced', () => {
    const links = [link('l1', 'alice', 'a1', 'a2')];
    const decisions = [
      ...unitDecisions,
      decision('dl', 'link-take', [['alice', 'l1']], 'cl1'),
      decision('d-a1-again', 'reject-all', [], undefined, {
        considered: [{ coderId: 'alice', id: 'a1' }],
        replaces: ['d-a1'],
      }),
    ];
    const got = curatableLinks({ memberIds, curatedIds, links, decisions });
    expect(got.links[0]).toMatchObject({ decisionId: 'dl', curatedLinkId: null, curatedFrom: null, curatedTo: 'c2' });
  });

  it('takes the newest of two current decisions on one link (two curators’ copies met)', () => {
    const links = [link('l1', 'alice', 'a1', 'a2'), curatedLink('cl1', 'c1', 'c2')];
    const decisions = [
      decision('dl-b', 'link-take', [['alice', 'l1']], 'cl1', { at: '2026-01-03T00:00:00.000Z' }),
      decision('dl-a', 'link-reject', [], undefined, {
        considered: [{ coderId: 'alice', id: 'l1' }],
        at: '2026-01-04T00:00:00.000Z',
      }),
    ];
    const got = curatableLinks({ memberIds, curatedIds, links, decisions });
    expect(got.links[0]?.decisionId).toBe('dl-a');
    expect(got.links[0]?.curatedLinkId).toBeNull();
  });
});
