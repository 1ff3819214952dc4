import { describe, expect, it } from 'vitest';
import { ann } from '../agreement/annotation.fixture.ts';
import type { Annotation } from '../model/annotation.ts';
import type { Link } from '../model/link.ts';
import { decision, link } from './curatable-links.fixture.ts';
import type { CurationDecision, DecisionFilter } from './curation-types.ts';
import { decisionRows } from './decision-rows.ts';

const q = (exact: string) => ({ quote: { exact, prefix: '', suffix: '' } });
const a1 = ann('alice', 'claim', 0, 5, { id: 'a1', ...q('угроза') });
const b1 = ann('bob', 'proposal', 0, 5, { id: 'b1', ...q('угроза') });
const a2 = ann('alice', 'claim', 10, 20, { id: 'a2', documentId: 'd2', ...q('сотрудничество') });
const c1 = ann('curated', 'proposal', 0, 5, { id: 'c1', ...q('угроза') });
// c1x: what another curator's copy made of the same unit (another tag): a conflict once the copies meet.
const c1x = ann('curated', 'claim', 0, 5, { id: 'c1x', ...q('угроза') });
const annotations = new Map<string, Annotation>([a1, b1, a2, c1, c1x].map((a) => [a.id, a]));
const links = new Map<string, Link>([['l1', link('l1', 'alice', 'a1', 'a2')]]);
const curated = new Map([c1, c1x].map((a) => [a.id, a]));

const t = (h: number) => `2026-03-01T${String(h).padStart(2, '0')}:00:00.000Z`;
const decisions: CurationDecision[] = [
  decision(
    'm1',
    'merged',
    [
      ['alice', 'a1'],
      ['bob', 'b1'],
    ],
    'c1',
    { at: t(1), rule: 'unanimous' },
  ),
  decision('t1', 'take', [['bob', 'b1']], 'c1', {
    at: t(2),
    considered: [{ coderId: 'alice', id: 'a1' }],
    replaces: ['m1'],
    reason: 'Boundary is the whole sentence',
    quickReasons: ['codebook rule 3'],
  }),
  decision('x1', 'take', [['alice', 'a1']], 'c1x', {
    at: t(2),
    curatorId: 'u2',
    curatorName: 'Boris',
    reason: 'other copy',
  }),
  decision('r1', 'reject-all', [], undefined, {
    at: t(3),
    documentId: 'd2',
    considered: [
      { coderId: 'alice', id: 'a2' },
      { coderId: 'bob', id: 'gone1' },
    ],
    reason: 'not a claim',
  }),
  decision('l1d', 'link-take', [['alice', 'l1']], 'cl1', { at: t(4), reason: 'yes' }),
];

function rows(filter: DecisionFilter = {}, limit = 100) {
  return decisionRows({
    decisions,
    filter,
    limit,
    documentTitle: (id) => (id === 'd1' ? 'Первый' : 'Второй'),
    annotation: (id) => annotations.get(id),
    link: (id) => links.get(id),
    curated,
  });
}

describe('decisionRows', () => {
  it('lists every decision newest first, with title, result tag, quote, replacedBy and conflict', () => {
    const log = rows();
    expect(log.total).toBe(5);
    expect(log.rows.map((r) => [r.decision.id, r.documentTitle, r.tagId, r.quote, r.replacedBy, r.conflict])).toEqual([
      ['l1d', 'Первый', null, 'угроза', null, false],
      ['r1', 'Второй', null, 'сотрудничество', null, false],
      // Same instant: the one recorded later first.
      ['x1', 'Первый', 'claim', 'угроза', null, true],
      ['t1', 'Первый', 'proposal', 'угроза', null, true],
      ['m1', 'Первый', 'proposal', 'угроза', 't1', false],
    ]);
  });

  it('marks sources deleted since the decision as gone', () => {
    expect(rows({ kind: 'reject-all' }).rows[0]?.gone).toEqual(['gone1']);
    links.delete('l1');
    try {
      expect(rows({ kind: 'link-take' }).rows[0]).toMatchObject({ gone: ['l1'], quote: '' });
    } finally {
      links.set('l1', link('l1', 'alice', 'a1', 'a2'));
    }
  });

  it('filters by document, coder, kind, curator and reason (a quick reason exactly, or words of the text)', () => {
    const ids = (f: DecisionFilter) => rows(f).rows.map((r) => r.decision.id);
    expect(ids({ documentId: 'd2' })).toEqual(['r1']);
    expect(ids({ coderId: 'bob' })).toEqual(['r1', 't1', 'm1']);
    expect(ids({ kind: 'take', curatorId: 'u2' })).toEqual(['x1']);
    expect(ids({ quickReason: 'Codebook rule 3' })).toEqual(['t1']);
    expect(ids({ quickReason: 'codebook rule' })).toEqual([]);
    expect(ids({ words: 'WHOLE sentence' })).toEqual(['t1']);
    // A quick reason is matched as itself, never as words of the free text, and the other way round.
    expect(ids({ words: 'Codebook rule 3' })).toEqual([]);
    expect(ids({ quickReason: 'Boundary is the whole sentence' })).toEqual([]);
  });

  it('returns at most `limit` rows, and the total of those matching', () => {
    const log = rows({ documentId: 'd1' }, 2);
    expect(log.rows.map((r) => r.decision.id)).toEqual(['l1d', 'x1']);
    expect(log.total).toBe(4);
  });
});
