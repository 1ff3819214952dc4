import { CURATED_CODER_ID, type ResultLayer } from './curation-types.ts';

/**
 * Which layer the result views (networks, concepts, links, search) and the
 * Export… dialog read: the one place that decides it, so every view says
 * the same. The user's choice (per project, remembered by the window) wins
 * while it can be honoured; with no choice made, the curated layer is the
 * result once it exists. A choice of the curated layer when there is none
 * (its last annotation undone) shows every coder's layers, not an empty view.
 */
export function resultLayerFor(setting: ResultLayer | null, curatedExists: boolean): ResultLayer {
  if (!curatedExists) return 'all';
  return setting ?? 'curated';
}

/** Whether the curated layer holds any annotation: some document's coders include it. */
export function curatedLayerExists(documents: readonly { coderIds: readonly string[] }[]): boolean {
  return documents.some((d) => d.coderIds.includes(CURATED_CODER_ID));
}

/** The coder a call is limited to for a result layer (none: every coder's). */
export function resultCoderId(layer: ResultLayer): string | undefined {
  return layer === 'curated' ? CURATED_CODER_ID : undefined;
}
