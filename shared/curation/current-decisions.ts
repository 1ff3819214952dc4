import { agreementKey } from './curated-version.ts';
import type { Annotation } from '../model/annotation.ts';
import type { CurationDecision } from './curation-types.ts';

/**
 * The decisions that stand: those no other decision replaces. Deciding a
 * unit again never edits the earlier decision; it records a new one naming
 * it in `replaces`, so the log keeps the whole story.
 */
export function currentDecisions(decisions: readonly CurationDecision[]): CurationDecision[] {
  const replaced = new Set<string>();
  for (const d of decisions) for (const id of d.replaces ?? []) replaced.add(id);
  return decisions.filter((d) => !replaced.has(d.id));
}

/** Whether the decision is about links (its sources are link ids) or about a unit of annotations. */
export function isLinkDecision(d: CurationDecision): boolean {
  return d.kind === 'link-take' || d.kind === 'link-reject';
}

/** Every coder record a decision names: what it was made from and what it considered. */
export function decisionSourceIds(d: CurationDecision): string[] {
  return [...d.sources, ...d.considered].map((s) => s.id);
}

/**
 * What a decision came to, comparable across curators' copies: "rejected",
 * or the result's span, tag and statement fields (the ids of results differ
 * between copies; what they say is what matters).
 */
export function decisionOutcome(d: CurationDecision, curated: ReadonlyMap<string, Annotation>): string {
  if (d.kind === 'reject-all' || d.kind === 'link-reject') return 'rejected';
  if (isLinkDecision(d)) return `link:${d.resultId ?? ''}`;
  const a = d.resultId ? curated.get(d.resultId) : undefined;
  if (!a) return `result:${d.resultId ?? ''}`;
  return agreementKey(a, a.tagId);
}

/**
 * Two current decisions conflict when they are about the same records
 * (their sources meet), are of the same sort (unit or link), and came to
 * different outcomes. In one copy a new decision replaces the earlier ones,
 * so this happens when two curators' copies meet through a bundle: both are
 * kept and the unit is shown as a conflict until it is decided again.
 */
export function decisionsConflict(
  a: CurationDecision,
  b: CurationDecision,
  curated: ReadonlyMap<string, Annotation>,
): boolean {
  if (a.id === b.id || isLinkDecision(a) !== isLinkDecision(b)) return false;
  const ids = new Set(decisionSourceIds(a));
  if (!decisionSourceIds(b).some((id) => ids.has(id))) return false;
  return decisionOutcome(a, curated) !== decisionOutcome(b, curated);
}

/**
 * For each coder annotation a current decision was made from, the curated
 * annotation it became (a link between two coder annotations can be taken
 * into the curated layer once both ends became curated ones).
 */
export function curatedResults(decisions: readonly CurationDecision[]): Map<string, string> {
  const results = new Map<string, string>();
  for (const d of currentDecisions(decisions)) {
    if (isLinkDecision(d) || !d.resultId) continue;
    for (const s of d.sources) results.set(s.id, d.resultId);
  }
  return results;
}
