import { createHash } from 'node:crypto';

/** SHA-256 (hex) of a normalised text: equal texts, equal hashes (DocumentInfo.sourceHash). */
export function textHash(normalized: string): string {
  return createHash('sha256').update(normalized, 'utf8').digest('hex');
}
