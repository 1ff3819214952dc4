import { describe, expect, it } from 'vitest';
import type { CuratedUnit } from '../../../../../shared/curation/curation-types.ts';
import { stepDisagreement } from '../unit-steps.ts';
import { countStates, stateSigns, undecidedUnits, unitOfCurated } from './curation-marks.ts';

const unit = (state: CuratedUnit['state'], curatedIds: string[] = []): CuratedUnit => ({
  state,
  decisionIds: curatedIds.length ? ['d'] : [],
  curatedIds,
});

describe('curation marks', () => {
  const units = [unit('decided', ['c1']), unit('undecided'), unit('conflict', ['c2', 'c3']), unit('undecided')];

  it('gives every state its own sign', () => {
    expect(new Set(Object.values(stateSigns)).size).toBe(3);
  });

  it('counts the units per state', () => {
    expect(countStates(units)).toEqual({ undecided: 2, decided: 1, conflict: 1 });
    expect(countStates([])).toEqual({ undecided: 0, decided: 0, conflict: 0 });
  });

  it('lists the units still to decide (conflicts too), for the steps', () => {
    const open = undecidedUnits(units);
    expect([...open]).toEqual([1, 2, 3]);
    const spans = units.map((_, i) => ({ start: i * 10, end: i * 10 + 5 })) as never;
    expect(stepDisagreement(open, spans, 1, 0, 1)).toEqual({ unit: 2, wrapped: false });
    expect(stepDisagreement(open, spans, 3, 0, 1)).toEqual({ unit: 1, wrapped: true });
    expect(stepDisagreement(open, spans, 1, 0, -1)).toEqual({ unit: 3, wrapped: true });
  });

  it('maps each curated annotation to its unit', () => {
    expect([...unitOfCurated(units)]).toEqual([
      ['c1', 0],
      ['c2', 2],
      ['c3', 2],
    ]);
  });
});
