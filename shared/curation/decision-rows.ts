import type { Annotation } from '../model/annotation.ts';
import type { Link } from '../model/link.ts';
import { currentDecisions, decisionSourceIds, decisionsConflict, isLinkDecision } from './current-decisions.ts';
import type { CurationDecision, DecisionFilter, DecisionLog, DecisionRow } from './curation-types.ts';

/** What the log needs of the project besides its decisions. */
export interface DecisionRowsInput {
  /** Every decision of the project, in the order recorded. */
  decisions: readonly CurationDecision[];
  filter: DecisionFilter;
  /** At most this many rows (the total counts them all). */
  limit: number;
  documentTitle: (documentId: string) => string;
  /** Any layer's annotation by id (the curated layer's too), undefined when gone. */
  annotation: (id: string) => Annotation | undefined;
  link: (id: string) => Link | undefined;
  /** The curated layer's annotations (what a decision came to, for telling conflicts). */
  curated: ReadonlyMap<string, Annotation>;
}

/**
 * The decision log: the decisions the filter keeps, newest first, each with
 * what the view and the CSV show beside it — its document's title, its
 * result's tag and quote, the sources deleted since, the decision that
 * replaced it, and whether it conflicts with another current one.
 */
export function decisionRows(input: DecisionRowsInput): DecisionLog {
  const keep = decisionFilter(input.filter);
  const matching: Array<{ d: CurationDecision; order: number }> = [];
  input.decisions.forEach((d, order) => {
    if (keep(d)) matching.push({ d, order });
  });
  // Newest first; decisions of the same instant in the reverse of the order recorded.
  matching.sort((x, y) => (x.d.at < y.d.at ? 1 : x.d.at > y.d.at ? -1 : y.order - x.order));

  const replacedBy = new Map<string, string>();
  for (const d of input.decisions) for (const id of d.replaces ?? []) replacedBy.set(id, d.id);
  const conflicting = conflicts(input.decisions, input.curated);
  const rows = matching.slice(0, input.limit).map(({ d }): DecisionRow => {
    const exists = isLinkDecision(d)
      ? (id: string) => Boolean(input.link(id))
      : (id: string) => Boolean(input.annotation(id));
    const result = !isLinkDecision(d) && d.resultId ? input.annotation(d.resultId) : undefined;
    return {
      decision: d,
      documentTitle: input.documentTitle(d.documentId),
      tagId: result?.tagId ?? null,
      quote: quoteOf(d, result, input),
      gone: decisionSourceIds(d).filter((id) => !exists(id)),
      replacedBy: replacedBy.get(d.id) ?? null,
      conflict: conflicting.has(d.id),
    };
  });
  return { rows, total: matching.length };
}

/** Whether a decision passes the filter: every condition given must hold. */
export function decisionFilter(filter: DecisionFilter): (d: CurationDecision) => boolean {
  const words = filter.words?.trim().toLocaleLowerCase();
  // Quick reasons are unique regardless of case (saveQuickReason), so case does not tell two apart.
  const quick = filter.quickReason?.trim().toLocaleLowerCase();
  return (d) =>
    (!filter.documentId || d.documentId === filter.documentId) &&
    (!filter.kind || d.kind === filter.kind) &&
    (!filter.curatorId || d.curatorId === filter.curatorId) &&
    (!filter.coderId || [...d.sources, ...d.considered].some((s) => s.coderId === filter.coderId)) &&
    (!quick || d.quickReasons.some((q) => q.toLocaleLowerCase() === quick)) &&
    (!words || d.reason.toLocaleLowerCase().includes(words));
}

/** Ids of current decisions that conflict with another current one (only those sharing a source can). */
function conflicts(decisions: readonly CurationDecision[], curated: ReadonlyMap<string, Annotation>): Set<string> {
  const bySource = new Map<string, CurationDecision[]>();
  for (const d of currentDecisions(decisions)) {
    for (const id of new Set(decisionSourceIds(d))) {
      const list = bySource.get(id);
      if (list) list.push(d);
      else bySource.set(id, [d]);
    }
  }
  const found = new Set<string>();
  for (const list of bySource.values()) {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as CurationDecision;
        const b = list[j] as CurationDecision;
        if (decisionsConflict(a, b, curated)) found.add(a.id).add(b.id);
      }
  }
  return found;
}

/** The words of the unit: the result's, else a version it names still there (for a link, its first end's). */
function quoteOf(d: CurationDecision, result: Annotation | undefined, input: DecisionRowsInput): string {
  if (result) return result.quote.exact;
  for (const id of decisionSourceIds(d)) {
    if (isLinkDecision(d)) {
      const l = input.link(id);
      const end = l && (input.annotation(l.fromId) ?? input.annotation(l.toId));
      if (end) return end.quote.exact;
    } else {
      const a = input.annotation(id);
      if (a) return a.quote.exact;
    }
  }
  return '';
}
