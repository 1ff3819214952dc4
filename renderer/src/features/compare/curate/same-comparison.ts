import type { DocumentComparison } from '../../../../../shared/agreement/agreement-types.ts';

/**
 * Whether a new answer compares the coders' layers as the last one did (the
 * same units, members and versions). A decision changes only the curated
 * layer, so the view keeps its drawn text, scroll place and selected unit
 * rather than building everything afresh after every decision.
 */
export function sameComparison(a: DocumentComparison, b: DocumentComparison): boolean {
  if (a === b) return true;
  if (a.documentId !== b.documentId || a.units.length !== b.units.length) return false;
  if (a.coderIds.join('\n') !== b.coderIds.join('\n')) return false;
  for (let i = 0; i < a.units.length; i++) {
    const x = a.units[i];
    const y = b.units[i];
    if (!x || !y || x.start !== y.start || x.end !== y.end || x.class !== y.class) return false;
    if (x.members.join('\n') !== y.members.join('\n') || x.labels.join('\n') !== y.labels.join('\n')) return false;
  }
  const ids = Object.keys(a.annotations);
  if (ids.length !== Object.keys(b.annotations).length) return false;
  return ids.every((id) => JSON.stringify(a.annotations[id]) === JSON.stringify(b.annotations[id]));
}
