import type { Annotation } from '../model/annotation.ts';
import type { CuratedUnit, CurationDecision } from './curation-types.ts';
import { currentDecisions, decisionSourceIds, decisionsConflict, isLinkDecision } from './current-decisions.ts';

/**
 * Where each unit of a comparison stands in curation. A unit is decided
 * when a current decision names one of its versions (made from it or
 * considered); in conflict when two such decisions came to different
 * outcomes (two curators' copies met); otherwise undecided.
 */
export function unitStates(
  units: ReadonlyArray<{ readonly members: readonly (string | null)[] }>,
  decisions: readonly CurationDecision[],
  curated: ReadonlyMap<string, Annotation>,
): CuratedUnit[] {
  // Oldest first: by time, then as recorded (a bundle's decisions may arrive after later ones of this copy).
  const current = currentDecisions(decisions)
    .map((d, order) => ({ d, order }))
    .filter(({ d }) => !isLinkDecision(d))
    .sort((x, y) => (x.d.at < y.d.at ? -1 : x.d.at > y.d.at ? 1 : x.order - y.order));
  const naming = new Map<string, number[]>();
  current.forEach(({ d }, i) => {
    for (const id of decisionSourceIds(d)) {
      const list = naming.get(id);
      if (!list) naming.set(id, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return units.map((unit) => {
    const found = new Set<number>();
    for (const id of unit.members) if (id !== null) for (const i of naming.get(id) ?? []) found.add(i);
    if (found.size === 0) return { state: 'undecided', decisionIds: [], curatedIds: [] };
    const mine = [...found].sort((a, b) => a - b).map((i) => (current[i] as { d: CurationDecision }).d);
    let conflict = false;
    for (let i = 0; i < mine.length && !conflict; i++) {
      for (let j = i + 1; j < mine.length && !conflict; j++) {
        conflict = decisionsConflict(mine[i] as CurationDecision, mine[j] as CurationDecision, curated);
      }
    }
    return {
      state: conflict ? 'conflict' : 'decided',
      decisionIds: mine.map((d) => d.id),
      curatedIds: mine.flatMap((d) => (d.resultId && curated.has(d.resultId) ? [d.resultId] : [])),
    };
  });
}

/**
 * The index of the next unit (direction 1) or the previous one (-1) after
 * `from` that still needs a decision — undecided, or in conflict — or null
 * when there is none that way. `from` may be -1 (before the first) or
 * `states.length` (after the last). A plain scan: on 10,000 units it
 * costs microseconds, far below a frame, and needs no index kept in step
 * with every decision.
 */
export function nextUndecided(
  states: ReadonlyArray<{ readonly state: CuratedUnit['state'] }>,
  from: number,
  direction: 1 | -1,
): number | null {
  const next = Math.trunc(from) + direction;
  const start = direction === 1 ? Math.max(0, next) : Math.min(states.length - 1, next);
  for (let i = start; i >= 0 && i < states.length; i += direction) {
    if ((states[i] as { state: CuratedUnit['state'] }).state !== 'decided') return i;
  }
  return null;
}
