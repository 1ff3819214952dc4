import type { Link } from '../model/link.ts';
import { curatedResults, currentDecisions, isLinkDecision } from './current-decisions.ts';
import { CURATED_CODER_ID, type CuratableLink, type CurationDecision } from './curation-types.ts';

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
export function curatableLinks(input: CuratableLinksInput): { links: CuratableLink[]; curatedLinks: Link[] } {
  const results = curatedResults(input.decisions);
  const onLink = currentLinkDecisions(input.decisions);
  const curatedLinkIds = new Set<string>();
  for (const l of input.links) if (l.coderId === CURATED_CODER_ID) curatedLinkIds.add(l.id);

  const links: CuratableLink[] = [];
  const curatedLinks: Link[] = [];
  for (const link of input.links) {
    if (link.coderId === CURATED_CODER_ID) {
      if (input.curatedIds.has(link.fromId) || input.curatedIds.has(link.toId)) curatedLinks.push(link);
      continue;
    }
    if (!input.memberIds.has(link.fromId) && !input.memberIds.has(link.toId)) continue;
    const decision = onLink.get(link.id) ?? null;
    // A taken link's curated copy goes when one of its ends is decided again: then it is no longer "made".
    const made = decision?.resultId && curatedLinkIds.has(decision.resultId) ? decision.resultId : null;
    links.push({
      link,
      curatedFrom: results.get(link.fromId) ?? null,
      curatedTo: results.get(link.toId) ?? null,
      decisionId: decision?.id ?? null,
      curatedLinkId: made,
    });
  }
  return { links, curatedLinks };
}

/**
 * The current decision on each coder link (a taken link is among its
 * sources, a rejected one among what it considered): the newest when two
 * curators' copies left more than one (the conflict itself is shown by the log).
 */
export function currentLinkDecisions(decisions: readonly CurationDecision[]): Map<string, CurationDecision> {
  const byLink = new Map<string, CurationDecision>();
  for (const d of currentDecisions(decisions)) {
    if (!isLinkDecision(d)) continue;
    for (const s of [...d.sources, ...d.considered]) {
      const earlier = byLink.get(s.id);
      if (!earlier || earlier.at < d.at || (earlier.at === d.at && earlier.id < d.id)) byLink.set(s.id, d);
    }
  }
  return byLink;
}
