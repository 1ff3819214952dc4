import type { CurationStatus } from '../curation/curation-types.ts';
import type { DocumentSummary } from '../model/document.ts';

/**
 * A document's curation status as the Library shows and filters it. A
 * summary that carries none (no curation record, or a core that does not
 * yet send it) is "not started": that is what an absent record means.
 */
export function curationStatusOf(d: DocumentSummary): CurationStatus {
  return (d as { curationStatus?: CurationStatus }).curationStatus ?? 'not-started';
}

/** Documents per curation status, every status counted (zero included). */
export function countByCurationStatus(docs: readonly DocumentSummary[]): Record<CurationStatus, number> {
  const counts: Record<CurationStatus, number> = { 'not-started': 0, 'in-progress': 0, done: 0 };
  for (const d of docs) counts[curationStatusOf(d)]++;
  return counts;
}
