import { z } from 'zod';
import {
  type CurationDecision,
  CurationDecisionSchema,
  type CurationStatusRecord,
  CurationStatusRecordSchema,
  curationLimits,
  type QuickReason,
  QuickReasonSchema,
} from '../../curation/curation-types.ts';
import { MAX_BUNDLE_FILES } from './bundle-manifest.ts';

/**
 * How many curation rows one bundle may carry. A decision is about 600
 * bytes of pretty-printed JSON, so the table's 64 MB cap (bundleFileBytes.json)
 * holds about 100,000 of them — a thousand documents of a hundred decided
 * units each; a status per document at most (two files a document, at least).
 */
export const bundleCurationLimits = {
  decisions: 200_000,
  statuses: MAX_BUNDLE_FILES / 2,
  quickReasons: curationLimits.quickReasons,
} as const;

/**
 * curation.json: the curation of the bundle's documents — every decision
 * on them (those replaced too: the log keeps the whole story), their
 * statuses — and the team's quick reasons. Written with the curated layer
 * only; read through the project's own schemas.
 */
export const BundleCurationSchema = z.strictObject({
  decisions: z.array(CurationDecisionSchema).max(bundleCurationLimits.decisions),
  statuses: z.array(CurationStatusRecordSchema).max(bundleCurationLimits.statuses),
  quickReasons: z.array(QuickReasonSchema).max(bundleCurationLimits.quickReasons),
});

export interface BundleCuration {
  decisions: CurationDecision[];
  statuses: CurationStatusRecord[];
  quickReasons: QuickReason[];
}
