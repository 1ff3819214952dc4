import { describe, expect, it } from 'vitest';
import { ann } from '../agreement/annotation.fixture.ts';
import type { Annotation } from '../model/annotation.ts';
import { curatedLink, decision, link } from './curatable-links.fixture.ts';
import type { CurationDecision } from './curation-types.ts';
import { type DecideLinkInput, decideLink } from './decide-link.ts';

const curator = { id: 'u1', name: 'Анна' };
const a1 = ann('alice', 'claim', 0, 10, { id: 'a1', quote: { exact: 'первая', prefix: '', suffix: '' } });
const a2 = ann('alice', 'proposal', 20, 30, { id: 'a2' });
const c1 = ann('curated', 'claim', 0, 10, { id: 'c1' });
const c2 = ann('curated', 'proposal', 20, 30, { id: 'c2' });
const byId = new Map<string, Annotation>([a1, a2, c1, c2].map((a) => [a.id, a]));
const both = [decision('d1', 'take', [['alice', 'a1']], 'c1'), decision('d2', 'take', [['alice', 'a2']], 'c2')];
const coderLink = link('l1', 'alice', 'a1', 'a2', { typeId: 'responds-to', note: 'see §2' });

function input(over: Partial<DecideLinkInput> = {}): DecideLinkInput {
  let n = 0;
  return {
    link: coderLink,
    action: 'take',
    reason: { text: ' codebook ', quickReasons: ['rule 3'] },
    decisions: both,
    links: [coderLink],
    annotation: (id) => byId.get(id),
    curator,
    now: '2026-02-01T10:00:00.000Z',
    newId: () => `new${++n}`,
    ...over,
  };
}

describe('decideLink', () => {
  it('takes a link into the curated layer between the curated ends, same type, note copied', () => {
    const got = decideLink(input());
    expect(got.curatedLink).toEqual({
      id: 'new2',
      fromId: 'c1',
      toId: 'c2',
      typeId: 'responds-to',
      coderId: 'curated',
      note: 'see §2',
      created: '2026-02-01T10:00:00.000Z',
      modified: '2026-02-01T10:00:00.000Z',
    });
    expect(got.decision).toEqual<CurationDecision>({
      id: 'new1',
      documentId: 'd1',
      kind: 'link-take',
      sources: [{ coderId: 'alice', id: 'l1' }],
      considered: [],
      start: 0,
      end: 10,
      takenFrom: 'alice',
      resultId: 'new2',
      reason: 'codebook',
      quickReasons: ['rule 3'],
      curatorId: 'u1',
      curatorName: 'Анна',
      at: '2026-02-01T10:00:00.000Z',
    });
    expect(got.removedLinkIds).toEqual([]);
  });

  it('refuses to take a link whose end is not curated yet, naming that end', () => {
    expect(() => decideLink(input({ decisions: [both[1] as CurationDecision] }))).toThrow(
      expect.objectContaining({
        code: 'conflict',
        text: { key: 'curationLog:error-endNotCurated', params: { quote: 'первая' } },
      }),
    );
  });

  it('refuses without a reason, and refuses a curated link itself', () => {
    expect(() => decideLink(input({ reason: { text: '  ', quickReasons: [] } }))).toThrow(
      expect.objectContaining({ code: 'invalid-input', text: { key: 'curationLog:error-reasonRequired' } }),
    );
    expect(() => decideLink(input({ link: curatedLink('cl', 'c1', 'c2') }))).toThrow(
      expect.objectContaining({ text: { key: 'curationLog:error-linkIsCurated' } }),
    );
  });

  it('rejects a link: no result, the link among what was considered', () => {
    const got = decideLink(input({ action: 'reject', decisions: [] }));
    expect(got.curatedLink).toBeNull();
    expect(got.decision).toMatchObject({
      kind: 'link-reject',
      sources: [],
      considered: [{ coderId: 'alice', id: 'l1' }],
    });
    expect(got.decision.resultId).toBeUndefined();
  });

  it('deciding again replaces the current decision on the link and takes its curated link out', () => {
    const taken = decision('dl', 'link-take', [['alice', 'l1']], 'cl1');
    const links = [coderLink, curatedLink('cl1', 'c1', 'c2')];
    const rejected = decideLink(input({ action: 'reject', decisions: [...both, taken], links }));
    expect(rejected.decision.replaces).toEqual(['dl']);
    expect(rejected.removedLinkIds).toEqual(['cl1']);
    // Taken again after that reject: the reject is replaced, and the same curated link is not a duplicate.
    const again = decideLink(input({ decisions: [...both, taken], links }));
    expect(again.decision.replaces).toEqual(['dl']);
    expect(again.removedLinkIds).toEqual(['cl1']);
    expect(again.curatedLink?.fromId).toBe('c1');
  });

  it('refuses a duplicate of a curated link another coder’s link already made, and ends that became one', () => {
    const links = [coderLink, curatedLink('cl9', 'c1', 'c2')];
    expect(() =>
      decideLink(input({ links: links.map((l) => (l.id === 'cl9' ? { ...l, typeId: 'responds-to' } : l)) })),
    ).toThrow(expect.objectContaining({ text: { key: 'curationLog:error-alreadyCurated' } }));
    const merged = [
      decision(
        'dm',
        'merged',
        [
          ['alice', 'a1'],
          ['alice', 'a2'],
        ],
        'c1',
      ),
    ];
    expect(() => decideLink(input({ decisions: merged }))).toThrow(
      expect.objectContaining({ text: { key: 'curationLog:error-endsBecameOne' } }),
    );
  });

  it('refuses a link both of whose ends were deleted', () => {
    expect(() => decideLink(input({ annotation: () => undefined }))).toThrow(
      expect.objectContaining({
        code: 'not-found',
        text: { key: 'curationLog:error-linkEndsGone', params: { id: 'l1' } },
      }),
    );
  });
});
