/** Hand-made links and decisions for the link and log tests (test-only; imported by *.test.ts). */
import type { Link } from '../model/link.ts';
import { CURATED_CODER_ID, type CurationDecision } from './curation-types.ts';

const when = '2026-01-01T00:00:00.000Z';

/** A link of `coderId` from `fromId` to `toId` (type `supports` unless `extra` says). */
export function link(id: string, coderId: string, fromId: string, toId: string, extra: Partial<Link> = {}): Link {
  return { id, fromId, toId, typeId: 'supports', coderId, note: '', created: when, modified: when, ...extra };
}

/** A decision `id` of `kind` made from `sources` (coder:id pairs) into `resultId`; `extra` sets the rest. */
export function decision(
  id: string,
  kind: CurationDecision['kind'],
  sources: [string, string][],
  resultId: string | undefined,
  extra: Partial<CurationDecision> = {},
): CurationDecision {
  return {
    id,
    documentId: 'd1',
    kind,
    sources: sources.map(([coderId, sid]) => ({ coderId, id: sid })),
    considered: [],
    start: 0,
    end: 1,
    ...(resultId ? { resultId } : {}),
    reason: '',
    quickReasons: [],
    curatorId: 'u1',
    curatorName: 'Ann',
    at: when,
    ...extra,
  };
}

export const curatedLink = (id: string, fromId: string, toId: string): Link => link(id, CURATED_CODER_ID, fromId, toId);
