import type { Stance } from '../model/annotation.ts';

/** One statement as a network sees it: who said it, on which concept, with what stance, when. */
export interface StatementFact {
  actorId: string;
  conceptId: string;
  stance: Stance;
  /** ISO date (or a prefix of one: 2024, 2024-03), if known. */
  date?: string | null;
}

export interface NetworkEdge {
  source: string;
  target: string;
  /** How many statements (two-mode) or concepts (one-mode) make the tie. */
  weight: number;
  /** Two-mode edges: the stance of the statements; one-mode edges: absent. */
  stance?: Stance;
  firstDate: string | null;
  lastDate: string | null;
}

/**
 * The actor–concept network of Discourse Network Analysis: an edge from an
 * actor to a concept for each stance the actor took on it, weighted by the
 * number of such statements, with the first and last date they were made.
 */
export function actorConceptEdges(facts: readonly StatementFact[]): NetworkEdge[] {
  const edges = new Map<string, NetworkEdge>();
  for (const f of facts) {
    const key = `${f.actorId}\u0000${f.conceptId}\u0000${f.stance}`;
    const edge = edges.get(key);
    if (edge) {
      edge.weight++;
      widen(edge, f.date);
    } else {
      edges.set(key, {
        source: f.actorId,
        target: f.conceptId,
        weight: 1,
        stance: f.stance,
        firstDate: f.date ?? null,
        lastDate: f.date ?? null,
      });
    }
  }
  return [...edges.values()];
}

/** Stances that place an actor for or against a concept; neutral and unclear statements tie no one. */
const POSITIONS: ReadonlySet<Stance> = new Set(['supports', 'opposes']);

/**
 * The one-mode actor networks: two actors are tied by congruence when they
 * took the same position (both support, or both oppose) on a concept, and
 * by conflict when one supports what the other opposes. The weight is the
 * number of concepts on which they agree (or disagree); an actor who took
 * both positions on a concept counts on both sides, as in DNA. An edge's
 * dates span only the statements that make the tie.
 */
export function actorOneModeEdges(facts: readonly StatementFact[], kind: 'congruence' | 'conflict'): NetworkEdge[] {
  // concept → actor → position → the first and last date it was taken
  const byConcept = new Map<string, Map<string, Map<Stance, DateRange>>>();
  for (const f of facts) {
    if (!POSITIONS.has(f.stance)) continue;
    const actors = byConcept.get(f.conceptId) ?? new Map<string, Map<Stance, DateRange>>();
    byConcept.set(f.conceptId, actors);
    const positions = actors.get(f.actorId) ?? new Map<Stance, DateRange>();
    actors.set(f.actorId, positions);
    const range = positions.get(f.stance) ?? { firstDate: null, lastDate: null };
    positions.set(f.stance, range);
    widen(range, f.date);
  }
  const edges = new Map<string, NetworkEdge>();
  for (const actors of byConcept.values()) {
    const ids = [...actors.keys()].sort();
    for (let i = 0; i < ids.length; i++) {
      const a = actors.get(ids[i] as string) as Map<Stance, DateRange>;
      for (let j = i + 1; j < ids.length; j++) {
        const b = actors.get(ids[j] as string) as Map<Stance, DateRange>;
        // The positions that make the tie: shared ones (congruence) or opposed ones (conflict).
        const tying: DateRange[] = [];
        if (kind === 'congruence') {
          for (const [stance, range] of a) {
            const other = b.get(stance);
            if (other) tying.push(range, other);
          }
        } else {
          for (const [mine, theirs] of [
            ['supports', 'opposes'],
            ['opposes', 'supports'],
          ] as const) {
            const x = a.get(mine);
            const y = b.get(theirs);
            if (x && y) tying.push(x, y);
          }
        }
        if (!tying.length) continue;
        const key = `${ids[i]}\u0000${ids[j]}`;
        let edge = edges.get(key);
        if (!edge) {
          edge = { source: ids[i] as string, target: ids[j] as string, weight: 0, firstDate: null, lastDate: null };
          edges.set(key, edge);
        }
        edge.weight++;
        for (const range of tying) {
          widen(edge, range.firstDate);
          widen(edge, range.lastDate);
        }
      }
    }
  }
  return [...edges.values()];
}

interface DateRange {
  firstDate: string | null;
  lastDate: string | null;
}

function widen(edge: DateRange, date: string | null | undefined): void {
  if (!date) return;
  if (!edge.firstDate || date < edge.firstDate) edge.firstDate = date;
  if (!edge.lastDate || date > edge.lastDate) edge.lastDate = date;
}
