import type { Link } from '../model/link.ts';
import type { CuratableLink, CurationDecision } from './curation-types.ts';

/** What deciding links needs to know of one document (see getCuration). */
export interface CuratableLinksInput {
  /** The coder annotations of the document's units (their member ids). */
  memberIds: ReadonlySet<string>;
  /** The curated annotations of the document. */
  curatedIds: ReadonlySet<string>;
  /** Every link of the project (coders' and curated), since links cross documents. */
  links: readonly Link[];
  /** Every decision of the project (a link's other end may be curated in another document). */
  decisions: readonly CurationDecision[];
}

/**
 * The coders' links touching the document's units, each with the curated
 * ends it would join and the decision on it; and the curated links touching
 * the document's curated annotations.
 */
export function curatableLinks(_input: CuratableLinksInput): { links: CuratableLink[]; curatedLinks: Link[] } {
  throw new Error('not built yet');
}
