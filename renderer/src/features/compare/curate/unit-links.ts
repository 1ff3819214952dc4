import type { CuratableLink, CurationDecision } from '../../../../../shared/curation/curation-types.ts';

/** Where a coder's link stands in curation, for the unit detail. */
export type LinkStanding = 'ends-not-curated' | 'open' | 'taken' | 'rejected';

/** The coders' links touching the unit's versions (either end among its members). */
export function linksOfUnit(links: readonly CuratableLink[], memberIds: readonly (string | null)[]): CuratableLink[] {
  const ids = new Set(memberIds.filter((id): id is string => id !== null));
  return links.filter((l) => ids.has(l.link.fromId) || ids.has(l.link.toId));
}

/**
 * A link can be taken only once both its ends became curated annotations;
 * otherwise it is said so and nothing is offered. A decided one says what
 * was decided (and can be decided again); a take counts only while the
 * curated link it made exists (`curatedLinkId`), whatever the decision says.
 */
export function linkStanding(l: CuratableLink, decisions: ReadonlyMap<string, CurationDecision>): LinkStanding {
  const decision = l.decisionId ? decisions.get(l.decisionId) : undefined;
  if (decision?.kind === 'link-reject') return 'rejected';
  // Taken only while the curated link it made is there: a take whose link went (an end decided again) is open.
  if (l.curatedLinkId) return 'taken';
  if (!l.curatedFrom || !l.curatedTo) return 'ends-not-curated';
  return 'open';
}
