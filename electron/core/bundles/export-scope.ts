import { ApiError } from '../../../shared/ipc/errors.ts';
import { message } from '../../../shared/i18n/message.ts';
import type { Coder } from '../../../shared/model/coder.ts';
import type { ProjectStore } from '../store/project-store.ts';
import { CURATED_CODER_ID } from '../../../shared/curation/curation-types.ts';

/** Which documents and layers an export writes, as the window, the server and the CLI ask for them. */
export interface BundleScope {
  documents: { all: true } | { ids: string[] };
  /** My layer, every coder's who has work in the documents, or the coders named. */
  layers: { mine: true } | { all: true } | { coderIds: string[] };
}

export interface BundleExportOptions extends BundleScope {
  /** Who exports: the manifest's exportedBy, and whose layer "mine" is. Default: the store's coder. */
  coder?: Coder;
}

/** The documents of a scope, in the project's order; an id the project does not hold is refused. */
export function scopeDocuments(store: ProjectStore, documents: BundleScope['documents']): string[] {
  const all = store.listDocumentInfos().map((d) => d.id);
  if ('all' in documents) return all;
  const asked = new Set(documents.ids);
  for (const id of asked) {
    if (!store.hasDocument(id)) throw new ApiError('invalid-input', message('bundles:unknownDocument', { id }));
  }
  return all.filter((id) => asked.has(id));
}

/**
 * The coders whose layers a scope names. "all" is every coder with an
 * annotation or a link in the exported documents: a coder with none there
 * is not sent as an empty layer, which an import could read as "their work
 * here is gone". A coder named who is not the project's is refused.
 */
export function scopeLayers(
  layers: BundleScope['layers'],
  coder: Coder,
  projectCoders: readonly Coder[],
  working: () => Set<string>,
): string[] {
  if ('mine' in layers) return [coder.id];
  if ('all' in layers) return [...working()].sort();
  // The curated layer can be asked for by its fixed id before the project's first curated record made its coder.
  const known = new Set([...projectCoders.map((c) => c.id), coder.id, CURATED_CODER_ID]);
  for (const id of layers.coderIds) {
    if (!known.has(id)) throw new ApiError('invalid-input', message('bundles:unknownCoder', { id }));
  }
  return [...new Set(layers.coderIds)];
}
