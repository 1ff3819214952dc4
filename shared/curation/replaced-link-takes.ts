import { currentDecisions } from './current-decisions.ts';
import type { CurationDecision } from './curation-types.ts';

/**
 * When deciding a unit again takes out curated links (an end of theirs was
 * the replaced result), the `link-take` decisions that made those links
 * would otherwise stay current, pointing at nothing: the log would show a
 * link taken that is not there, and the link would never be offered again.
 *
 * The unit decision that took the links out names those link decisions in
 * its own `replaces` too. That, rather than a `link-reject` recorded on the
 * curator's behalf, because nobody rejected the link: a reject would stand
 * as a judgement (with a reason nobody gave) and keep the link closed. The
 * link was never judged again, one of its ends was; so its decision ends,
 * the link is open again (once its ends are curated), and the log's
 * "replaced by" points at the unit decision, whose reason says why.
 */
export function linkTakesOnGoneLinks(
  decisions: readonly CurationDecision[],
  goneLinkIds: ReadonlySet<string>,
): CurationDecision[] {
  return currentDecisions(decisions).filter(
    (d) => d.kind === 'link-take' && d.resultId !== undefined && goneLinkIds.has(d.resultId),
  );
}

/** `decision`, replacing also `more` (each once, after those it already replaces). */
export function alsoReplacing(decision: CurationDecision, more: readonly CurationDecision[]): CurationDecision {
  const replaces = [...new Set([...(decision.replaces ?? []), ...more.map((d) => d.id)])];
  return replaces.length ? { ...decision, replaces } : decision;
}
