import { currentDecisions, isLinkDecision } from '../../curation/current-decisions.ts';
import { CURATED_CODER_ID } from '../../curation/curation-types.ts';
import { message } from '../../i18n/message.ts';
import type { BundleCuration } from './bundle-curation.ts';
import type { BundleIds } from './bundle-ids.ts';
import { tablePaths } from './bundle-paths.ts';
import { BundleProblem } from './bundle-problem.ts';

/** The bundle's curated layer as read: each curated annotation's document, and the curated links' ids. */
export interface CuratedRecords {
  annotations: ReadonlyMap<string, string>;
  links: ReadonlySet<string>;
}

/**
 * Checks curation.json against the rest of the bundle (checked before it:
 * every document, annotation and link id is registered in `ids`):
 * - a quick reason's id is used once and is no other record's; two quick reasons never share a label;
 * - a status is of a document of the bundle, one per document;
 * - a decision's id is used once and is no other record's; its document is one of the bundle's; what it
 *   replaces are decisions of the bundle;
 * - what a decision was made from or considered is a coder's record (never the curated layer's) and, when the
 *   id names a record of the bundle, one of the decision's sort (an annotation for a unit, a link for a link
 *   decision); an id the bundle does not hold is a record left out of it (a layer not exported) or gone (deleted
 *   after it was curated): kept, and shown as gone where it is missing;
 * - the result of a unit decision still standing is an annotation of the bundle's curated layer in the
 *   decision's document (the curated layer is exported with its decisions); a replaced decision's result is gone
 *   with it. A link decision's result, when the bundle holds it, is a curated link (a curated link to a document
 *   not exported is left out, as any link).
 */
export function checkCuration(curation: BundleCuration, curated: CuratedRecords, ids: BundleIds): void {
  const file = tablePaths.curation;
  const fresh = (id: string, seen: Set<string>) => {
    const other = ids.kindOf(id);
    if (seen.has(id) || other !== undefined) {
      throw new BundleProblem(message('curationBundles:idTaken', { file, id }));
    }
    seen.add(id);
  };
  const reasonIds = new Set<string>();
  const labels = new Set<string>();
  for (const r of curation.quickReasons) {
    fresh(r.id, reasonIds);
    const label = r.label.trim().toLowerCase();
    if (labels.has(label)) throw new BundleProblem(message('curationBundles:labelTwice', { file, label: r.label }));
    labels.add(label);
  }
  const statusOf = new Set<string>();
  for (const s of curation.statuses) {
    ids.require('document', s.id, file, s.id);
    if (statusOf.has(s.id)) throw new BundleProblem(message('curationBundles:statusTwice', { file, id: s.id }));
    statusOf.add(s.id);
  }
  const decisionIds = new Set<string>(reasonIds);
  for (const d of curation.decisions) {
    fresh(d.id, decisionIds);
    ids.require('document', d.documentId, file, d.id);
  }
  for (const r of reasonIds) decisionIds.delete(r);
  const standing = new Set(currentDecisions(curation.decisions).map((d) => d.id));
  for (const d of curation.decisions) {
    for (const id of d.replaces ?? []) {
      if (!decisionIds.has(id) || id === d.id) {
        throw new BundleProblem(message('curationBundles:replacesUnknown', { file, id: d.id, replaced: id }));
      }
    }
    const sort = isLinkDecision(d) ? 'link' : 'annotation';
    for (const s of [...d.sources, ...d.considered]) {
      const kind = ids.kindOf(s.id);
      if (s.coderId === CURATED_CODER_ID || (kind !== undefined && kind !== sort)) {
        throw new BundleProblem(message('curationBundles:badSource', { file, id: d.id, source: s.id }));
      }
    }
    checkResult(file, d, sort, standing.has(d.id), curated, ids);
  }
}

function checkResult(
  file: string,
  d: BundleCuration['decisions'][number],
  sort: 'link' | 'annotation',
  standing: boolean,
  curated: CuratedRecords,
  ids: BundleIds,
): void {
  const result = d.resultId;
  if (result === undefined) return;
  const refuse = () => {
    throw new BundleProblem(message('curationBundles:badResult', { file, id: d.id, result }));
  };
  if (sort === 'link') {
    if (ids.kindOf(result) !== undefined && !curated.links.has(result)) refuse();
    return;
  }
  const home = curated.annotations.get(result);
  if (home === undefined ? standing || ids.kindOf(result) !== undefined : home !== d.documentId) refuse();
}
