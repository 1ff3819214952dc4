import type { DocumentComparison } from '../agreement/agreement-types.ts';
import type { Annotation } from '../model/annotation.ts';
import { agreementKey, curatedCopy } from './curated-version.ts';
import type { CurationDecision, DecisionSource, MergeRule } from './curation-types.ts';
import { currentDecisions, decisionSourceIds, isLinkDecision } from './current-decisions.ts';

/**
 * "Merge what agrees" for one document: every unit of the coders'
 * comparison on which enough of the chosen coders (the comparison's
 * coders) have the same version — same span, same category (the tag after
 * the coder's mapping), same statement fields — is copied into the curated
 * layer with a `merged` decision. A unit any current decision already names
 * is never touched, so merging again keeps curated work and only adds what
 * newly agrees.
 */

export interface MergeDocumentInput {
  comparison: DocumentComparison;
  /** The members' annotations by id (the comparison's `annotations` will do). */
  annotations: Readonly<Record<string, Annotation>>;
  /** The document's decisions (replaced ones may be among them; only current ones count). */
  decisions: readonly CurationDecision[];
  /**
   * The document's curated annotations: a unit whose agreeing version is
   * already there (its sources deleted and made again by their coders, say)
   * is not copied a second time.
   */
  curated: readonly Annotation[];
  rule: MergeRule;
  curator: { id: string; name: string };
  now: string;
  makeId: () => string;
}

export interface DocumentMerge {
  /** The curated copies to add, and their decisions, in unit order. */
  annotations: Annotation[];
  decisions: CurationDecision[];
  added: number;
  /** Units that agree under the rule but were already decided: left as they are. */
  alreadyDecided: number;
  /** Units neither decided nor merged now: left for a decision. */
  undecided: number;
}

/**
 * How many agreeing versions a rule needs of `coders` chosen coders, or
 * null when it merges nothing. Majority is more than half: with two coders
 * a 1:1 split is no majority, so majority then asks for both, as unanimity does.
 */
export function agreeingNeeded(rule: MergeRule, coders: number): number | null {
  if (rule === 'none') return null;
  return rule === 'unanimous' ? coders : Math.floor(coders / 2) + 1;
}

export function mergeDocument(input: MergeDocumentInput): DocumentMerge {
  const { comparison, annotations, rule } = input;
  const coderIds = comparison.coderIds;
  const needed = agreeingNeeded(rule, coderIds.length);
  const decided = new Set<string>();
  for (const d of currentDecisions(input.decisions)) {
    if (!isLinkDecision(d)) for (const id of decisionSourceIds(d)) decided.add(id);
  }
  const curatedKeys = new Set(input.curated.map((a) => agreementKey(a, a.tagId)));
  const out: DocumentMerge = { annotations: [], decisions: [], added: 0, alreadyDecided: 0, undecided: 0 };
  for (const unit of comparison.units) {
    const agreeing = needed === null ? null : agreeingMembers(unit.members, unit.labels, annotations, needed);
    if (unit.members.some((id) => id !== null && decided.has(id))) {
      if (agreeing) out.alreadyDecided++;
      continue;
    }
    if (!agreeing) {
      out.undecided++;
      continue;
    }
    const first = annotations[agreeing[0] as string] as Annotation;
    const label = unit.labels[unit.members.indexOf(first.id)] ?? first.tagId;
    if (curatedKeys.has(agreementKey(first, label))) {
      out.alreadyDecided++;
      continue;
    }
    const copy = curatedCopy(first, { id: input.makeId(), tagId: label, note: '', now: input.now });
    const sources: DecisionSource[] = [];
    const considered: DecisionSource[] = [];
    unit.members.forEach((id, i) => {
      if (id === null) return;
      (agreeing.includes(id) ? sources : considered).push({ coderId: coderIds[i] as string, id });
    });
    out.annotations.push(copy);
    out.decisions.push({
      id: input.makeId(),
      documentId: comparison.documentId,
      kind: 'merged',
      sources,
      considered,
      start: unit.start,
      end: unit.end,
      rule: rule === 'majority' ? 'majority' : 'unanimous',
      resultId: copy.id,
      reason: '',
      quickReasons: [],
      curatorId: input.curator.id,
      curatorName: input.curator.name,
      at: input.now,
    });
    out.added++;
  }
  return out;
}

/**
 * The members (ids, in coder order) whose versions are the same, when at
 * least `needed` of them are; else null. Only one group can reach more
 * than half, so the answer never depends on the order of coders.
 */
function agreeingMembers(
  members: readonly (string | null)[],
  labels: readonly (string | null)[],
  annotations: Readonly<Record<string, Annotation>>,
  needed: number,
): string[] | null {
  let present = 0;
  for (const id of members) if (id !== null) present++;
  if (present < needed) return null;
  const groups = new Map<string, string[]>();
  members.forEach((id, i) => {
    const a = id === null ? undefined : annotations[id];
    if (!a) return;
    const key = agreementKey(a, labels[i] ?? a.tagId);
    const group = groups.get(key);
    if (group) group.push(a.id);
    else groups.set(key, [a.id]);
  });
  for (const group of groups.values()) if (group.length >= needed) return group;
  return null;
}
