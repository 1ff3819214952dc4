import type { DocumentMetadata } from '../model/document.ts';

/**
 * Changes to a document's metadata: a value sets a field, null or "" removes
 * it, absent keeps it. The contract's MetadataPatchSchema checks this shape
 * on the wire; it is declared here so the library does not import the wire layer.
 */
export type MetadataPatch = { readonly [K in keyof DocumentMetadata]?: string | null };

/** Metadata with a patch applied; never changes `metadata`. */
export function patchMetadata(metadata: DocumentMetadata, patch: MetadataPatch): DocumentMetadata {
  const next: Record<string, string> = { ...metadata };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null || value === '') delete next[key];
    else next[key] = value;
  }
  return next as DocumentMetadata;
}
