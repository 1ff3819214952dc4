import { describe, expect, it } from 'vitest';
import { ann } from '../agreement/annotation.fixture.ts';
import type { Annotation } from '../model/annotation.ts';
import { CURATED_CODER_ID, type CuratedUnit, type CurationDecision } from './curation-types.ts';
import { nextUndecided, unitStates } from './unit-states.ts';

function decision(id: string, over: Partial<CurationDecision>): CurationDecision {
  return {
    id,
    documentId: 'd1',
    kind: 'take',
    sources: [],
    considered: [],
    start: 0,
    end: 10,
    reason: 'r',
    quickReasons: [],
    curatorId: 'cur-1',
    curatorName: 'Ольга',
    at: '2026-12-02T08:00:00.000Z',
    ...over,
  };
}

const curatedAnn = (id: string, extra: Partial<Annotation> = {}) =>
  ann(CURATED_CODER_ID, 'claim', 0, 10, { id, ...extra });

describe('unit states', () => {
  const units = [{ members: ['a1', 'b1'] }, { members: ['a2', null] }, { members: [null, 'b3'] }];

  it('undecided without decisions; decided by a decision naming a member (source or considered)', () => {
    const c1 = curatedAnn('c1');
    const states = unitStates(
      units,
      [
        decision('d1', {
          sources: [{ coderId: 'A', id: 'a1' }],
          considered: [{ coderId: 'B', id: 'b1' }],
          resultId: 'c1',
        }),
        decision('d2', { kind: 'reject-all', considered: [{ coderId: 'B', id: 'b3' }] }),
      ],
      new Map([['c1', c1]]),
    );
    expect(states).toEqual<CuratedUnit[]>([
      { state: 'decided', decisionIds: ['d1'], curatedIds: ['c1'] },
      { state: 'undecided', decisionIds: [], curatedIds: [] },
      { state: 'decided', decisionIds: ['d2'], curatedIds: [] },
    ]);
  });

  it('a replaced decision no longer counts: the one replacing it does', () => {
    const states = unitStates(
      units,
      [
        decision('d1', { sources: [{ coderId: 'A', id: 'a2' }], resultId: 'c1' }),
        decision('d2', { kind: 'reject-all', considered: [{ coderId: 'A', id: 'a2' }], replaces: ['d1'] }),
      ],
      new Map(),
    );
    expect(states[1]).toEqual({ state: 'decided', decisionIds: ['d2'], curatedIds: [] });
  });

  it('two curators’ decisions on the same versions with different outcomes: conflict, oldest first, both results listed', () => {
    const mine = curatedAnn('c-mine', { stance: 'supports' });
    const theirs = curatedAnn('c-theirs', { stance: 'opposes' });
    const curated = new Map([
      ['c-mine', mine],
      ['c-theirs', theirs],
    ]);
    const later = decision('d-theirs', {
      sources: [{ coderId: 'B', id: 'b1' }],
      considered: [{ coderId: 'A', id: 'a1' }],
      resultId: 'c-theirs',
      curatorId: 'cur-2',
      at: '2026-12-02T09:00:00.000Z',
    });
    const earlier = decision('d-mine', { sources: [{ coderId: 'A', id: 'a1' }], resultId: 'c-mine' });
    expect(unitStates(units, [later, earlier], curated)[0]).toEqual({
      state: 'conflict',
      decisionIds: ['d-mine', 'd-theirs'],
      curatedIds: ['c-mine', 'c-theirs'],
    });
    // The same outcome reached twice (both copies took A's version alike): decided, not a conflict.
    const same = curatedAnn('c-same', { stance: 'supports' });
    const agreeing = { ...later, resultId: 'c-same' };
    expect(unitStates(units, [earlier, agreeing], new Map([...curated, ['c-same', same]]))[0]?.state).toBe('decided');
    // Rejected by one, taken by the other: a conflict.
    const rejected = decision('d-rej', { kind: 'reject-all', considered: [{ coderId: 'A', id: 'a1' }] });
    expect(unitStates(units, [earlier, rejected], curated)[0]?.state).toBe('conflict');
  });

  it('link decisions decide no unit', () => {
    const link = decision('l1', { kind: 'link-reject', sources: [{ coderId: 'A', id: 'a1' }] });
    expect(unitStates(units, [link], new Map())[0]?.state).toBe('undecided');
  });
});

describe('next undecided unit', () => {
  const s = (...list: CuratedUnit['state'][]) => list.map((state) => ({ state }));

  it('forward and back from a position, skipping decided units, stopping at the ends', () => {
    const states = s('decided', 'undecided', 'decided', 'conflict', 'decided');
    expect(nextUndecided(states, -1, 1)).toBe(1);
    expect(nextUndecided(states, 1, 1)).toBe(3);
    expect(nextUndecided(states, 3, 1)).toBeNull();
    expect(nextUndecided(states, 3, -1)).toBe(1);
    expect(nextUndecided(states, 1, -1)).toBeNull();
    expect(nextUndecided(states, states.length, -1)).toBe(3);
    expect(nextUndecided(states, -10, 1)).toBe(1);
    expect(nextUndecided(states, 99, -1)).toBe(3);
    expect(nextUndecided([], -1, 1)).toBeNull();
  });

  it('on 10,000 units, the worst case (one undecided unit at the far end) takes well under a frame', () => {
    const states = s(...(Array(10_000).fill('decided') as CuratedUnit['state'][]));
    (states[9_999] as { state: CuratedUnit['state'] }).state = 'undecided';
    const t0 = performance.now();
    let found: number | null = null;
    for (let i = 0; i < 100; i++) found = nextUndecided(states, -1, 1);
    const each = (performance.now() - t0) / 100;
    expect(found).toBe(9_999);
    expect(each).toBeLessThan(2);
  });
});
