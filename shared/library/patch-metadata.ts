import type { MetadataPatch } from '../ipc/contract.ts';
import type { DocumentMetadata } from '../model/document.ts';

/** Metadata with a patch applied: a value sets a field, null or "" removes it, absent keeps it. */
export function patchMetadata(metadata: DocumentMetadata, patch: MetadataPatch): DocumentMetadata {
  const next: Record<string, string> = { ...metadata };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null || value === '') delete next[key];
    else next[key] = value;
  }
  return next as DocumentMetadata;
}
