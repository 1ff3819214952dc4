import type { Annotation } from '../model/annotation.ts';
import type { UnitRule } from './agreement-types.ts';

/**
 * Forming units from coders' spans in one document. A unit holds at most
 * one annotation per coder.
 *
 * - `exact`: spans with the same start and end are one unit. When a coder
 *   has several annotations on one span, equal categories pair first: the
 *   category most coders still have there is taken first.
 * - `overlap`: every pair of spans of different coders whose intersection
 *   over union is at least the threshold (above 0 when it is 0) is a
 *   candidate; the best pairs are joined first (higher IoU, then equal
 *   category, then text order), and a pair joins two groups only while no
 *   coder would appear twice in the result and every two spans of the
 *   result (of different coders) meet the threshold too — complete linkage,
 *   so a unit never holds two spans that overlap less than asked. Greedy,
 *   so the result does not depend on the order coders are listed in.
 *
 * Whatever is joined to nothing is a unit of its own (one coder only).
 */

/**
 * An annotation as compared: its coder's column and its category, and its
 * offsets copied out — every step reads them many times, and annotations
 * come from JSON in many shapes (optional fields present or not), which
 * makes reading them through the annotation slow.
 */
export interface CodedSpan {
  readonly annotation: Annotation;
  readonly start: number;
  readonly end: number;
  /** The tag as coded (before mapping and roll-up). */
  readonly tagId: string;
  /** The coder's column (index in the chosen coders' order). */
  readonly coder: number;
  /** The category compared (after mapping and roll-up). */
  readonly category: string;
}

/** A unit's members: one entry per coder, null where that coder has none. */
export type UnitMembers = (CodedSpan | null)[];

/** Forms the units of one document's spans, in text order (by start, then end). */
export function alignSpans(spans: readonly CodedSpan[], coderCount: number, rule: UnitRule): UnitMembers[] {
  const sorted = [...spans].sort(byPosition);
  const units =
    rule.mode === 'exact' ? alignExact(sorted, coderCount) : alignOverlap(sorted, coderCount, rule.threshold);
  units.sort((a, b) => unitStart(a) - unitStart(b) || unitEnd(a) - unitEnd(b));
  return units;
}

function byPosition(a: CodedSpan, b: CodedSpan): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    a.coder - b.coder ||
    (a.category < b.category ? -1 : a.category > b.category ? 1 : 0) ||
    (a.annotation.id < b.annotation.id ? -1 : a.annotation.id > b.annotation.id ? 1 : 0)
  );
}

export function unitStart(members: UnitMembers): number {
  let start = Number.POSITIVE_INFINITY;
  for (const m of members) if (m && m.start < start) start = m.start;
  return start;
}

export function unitEnd(members: UnitMembers): number {
  let end = Number.NEGATIVE_INFINITY;
  for (const m of members) if (m && m.end > end) end = m.end;
  return end;
}

function alignExact(sorted: readonly CodedSpan[], coderCount: number): UnitMembers[] {
  const units: UnitMembers[] = [];
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i] as CodedSpan;
    let j = i + 1;
    while (j < sorted.length) {
      const next = sorted[j] as CodedSpan;
      if (next.start !== first.start || next.end !== first.end) break;
      j++;
    }
    if (j === i + 1) {
      units.push(single(first, coderCount));
    } else {
      for (const unit of pairSameSpan(sorted.slice(i, j), coderCount)) units.push(unit);
    }
    i = j;
  }
  return units;
}

function single(span: CodedSpan, coderCount: number): UnitMembers {
  const members: UnitMembers = new Array(coderCount).fill(null);
  members[span.coder] = span;
  return members;
}

/**
 * The annotations of several coders on one span (sorted by coder, then
 * category): the category most coders still have is taken first, one
 * annotation of it from each such coder; every other coder with anything
 * left joins with its first remaining annotation (the tag differs).
 */
function pairSameSpan(group: readonly CodedSpan[], coderCount: number): UnitMembers[] {
  const left = new Map<number, CodedSpan[]>();
  for (const span of group) {
    const own = left.get(span.coder);
    if (own) own.push(span);
    else left.set(span.coder, [span]);
  }
  const units: UnitMembers[] = [];
  while (left.size > 0) {
    const coders = new Map<string, number>();
    for (const own of left.values()) {
      for (const category of new Set(own.map((s) => s.category))) coders.set(category, (coders.get(category) ?? 0) + 1);
    }
    let best = '';
    let bestCount = 0;
    for (const [category, count] of coders) {
      if (count > bestCount) {
        best = category;
        bestCount = count;
      }
    }
    const members: UnitMembers = new Array(coderCount).fill(null);
    for (const [coder, own] of left) {
      const at = Math.max(
        0,
        own.findIndex((s) => s.category === best),
      );
      members[coder] = own[at] as CodedSpan;
      own.splice(at, 1);
      if (own.length === 0) left.delete(coder);
    }
    units.push(members);
  }
  return units;
}

interface Candidate {
  readonly a: number;
  readonly b: number;
  readonly iou: number;
  readonly sameCategory: boolean;
}

function alignOverlap(sorted: readonly CodedSpan[], coderCount: number, threshold: number): UnitMembers[] {
  const candidates: Candidate[] = [];
  // Sweep in start order, keeping the spans not yet ended (compacted in place); each pair is seen once,
  // from its later-starting span.
  const active: number[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const s = sorted[k] as CodedSpan;
    let kept = 0;
    for (let q = 0; q < active.length; q++) {
      const index = active[q] as number;
      const other = sorted[index] as CodedSpan;
      if (other.end <= s.start) continue;
      active[kept++] = index;
      if (other.coder === s.coder) continue;
      const inter = Math.min(other.end, s.end) - s.start;
      const union = Math.max(other.end, s.end) - other.start;
      const iou = inter / union;
      // A small tolerance, so that a threshold of 0.5 accepts 1 character of 2 however it was typed.
      if (inter > 0 && iou >= threshold - 1e-12) {
        candidates.push({ a: index, b: k, iou, sameCategory: other.category === s.category });
      }
    }
    active.length = kept;
    active.push(k);
  }
  candidates.sort((x, y) => y.iou - x.iou || Number(y.sameCategory) - Number(x.sameCategory) || x.a - y.a || x.b - y.b);

  // Union–find over spans; each group remembers its members, so no coder enters a group twice and every
  // two members of different coders meet the threshold themselves (complete linkage). Joining on the one
  // candidate pair alone (single linkage) would chain A[0,10] – B[0,16] – C[6,16] into one unit at 0.5,
  // though A and C share only 4 characters of 16.
  const parent = Int32Array.from(sorted, (_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    while (parent[i] !== r) {
      const next = parent[i] as number;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  const groups: (number[] | undefined)[] = [];
  const membersOf = (r: number): number[] => groups[r] ?? [r];
  for (const { a, b } of candidates) {
    const ra = root(a);
    const rb = root(b);
    if (ra === rb) continue;
    const into = membersOf(ra);
    const from = membersOf(rb);
    if (!compatible(sorted, into, from, threshold)) continue;
    parent[rb] = ra;
    groups[ra] = into.concat(from);
    groups[rb] = undefined;
  }

  const unitOfRoot = new Int32Array(sorted.length).fill(-1);
  const units: UnitMembers[] = [];
  sorted.forEach((span, i) => {
    const r = root(i);
    let at = unitOfRoot[r] as number;
    if (at < 0) {
      at = units.length;
      unitOfRoot[r] = at;
      units.push(new Array(coderCount).fill(null));
    }
    (units[at] as UnitMembers)[span.coder] = span;
  });
  return units;
}

/**
 * Whether two groups may become one unit: no coder in both, and every pair
 * of a member of one and a member of the other overlaps enough.
 */
function compatible(sorted: readonly CodedSpan[], into: readonly number[], from: readonly number[], threshold: number) {
  for (const i of into) {
    const x = sorted[i] as CodedSpan;
    for (const j of from) {
      const y = sorted[j] as CodedSpan;
      if (x.coder === y.coder || !overlapsEnough(x, y, threshold)) return false;
    }
  }
  return true;
}

/** Intersection over union at least the threshold, and some shared character (so threshold 0 means "> 0"). */
function overlapsEnough(x: CodedSpan, y: CodedSpan, threshold: number): boolean {
  const inter = Math.min(x.end, y.end) - Math.max(x.start, y.start);
  if (inter <= 0) return false;
  const union = Math.max(x.end, y.end) - Math.min(x.start, y.start);
  // A small tolerance, so that a threshold of 0.5 accepts 1 character of 2 however it was typed.
  return inter / union >= threshold - 1e-12;
}
