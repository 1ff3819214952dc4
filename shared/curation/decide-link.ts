import { message } from '../i18n/message.ts';
import { CurationError } from './curation-error.ts';
import type { Annotation } from '../model/annotation.ts';
import type { Coder } from '../model/coder.ts';
import type { Link } from '../model/link.ts';
import { shortQuote } from '../text/short-quote.ts';
import { curatedResults, currentDecisions, isLinkDecision } from './current-decisions.ts';
import { CURATED_CODER_ID, type CurationDecision, type Reason } from './curation-types.ts';

/** What deciding one coder's link needs to know of the project. */
export interface DecideLinkInput {
  link: Link;
  action: 'take' | 'reject';
  reason: Reason;
  /** Every decision of the project (the link's ends may be curated in other documents). */
  decisions: readonly CurationDecision[];
  /** Every link of the project (the curated ones are looked at for duplicates and replaced results). */
  links: readonly Link[];
  /** A coder or curated annotation by id, or undefined when it no longer exists. */
  annotation: (id: string) => Annotation | undefined;
  curator: Coder;
  now: string;
  newId: () => string;
}

export interface LinkDecided {
  decision: CurationDecision;
  /** The curated link made (take), or null (reject). */
  curatedLink: Link | null;
  /** Curated links the replaced decisions had made, to be taken out in the same edit. */
  removedLinkIds: string[];
}

/**
 * Takes a coder's link into the curated layer (between the curated
 * annotations its ends became, same type, its note copied) or rejects it.
 * Deciding a link again replaces the current decisions on it, and their
 * curated link goes: the log keeps both, the layer holds only what stands.
 * Refused, with a message saying why, when an end is not curated yet.
 */
export function decideLink(input: DecideLinkInput): LinkDecided {
  const { link, curator, now } = input;
  if (link.coderId === CURATED_CODER_ID)
    throw new CurationError('invalid-input', message('curationLog:error-linkIsCurated'));
  requireReason(input.reason);
  const from = input.annotation(link.fromId);
  const to = input.annotation(link.toId);
  // The row of the log points at the link's first end (or, that one gone, at its other).
  const anchor = from ?? to;
  if (!anchor) throw new CurationError('not-found', message('curationLog:error-linkEndsGone', { id: link.id }));

  const earlier = currentDecisions(input.decisions).filter(
    (d) => isLinkDecision(d) && [...d.sources, ...d.considered].some((s) => s.id === link.id),
  );
  const curatedLinks = new Map<string, Link>();
  for (const l of input.links) if (l.coderId === CURATED_CODER_ID) curatedLinks.set(l.id, l);
  const removedLinkIds = earlier.flatMap((d) => (d.resultId && curatedLinks.has(d.resultId) ? [d.resultId] : []));

  const source = { coderId: link.coderId, id: link.id };
  const base = {
    id: input.newId(),
    documentId: anchor.documentId,
    start: anchor.start,
    end: anchor.end,
    ...(earlier.length ? { replaces: earlier.map((d) => d.id) } : {}),
    reason: input.reason.text.trim(),
    quickReasons: input.reason.quickReasons.map((q) => q.trim()),
    curatorId: curator.id,
    curatorName: curator.name,
    at: now,
  };
  if (input.action === 'reject') {
    const decision: CurationDecision = { ...base, kind: 'link-reject', sources: [], considered: [source] };
    return { decision, curatedLink: null, removedLinkIds };
  }

  const results = curatedResults(input.decisions);
  const fromId = results.get(link.fromId);
  const toId = results.get(link.toId);
  const missing = [
    [link.fromId, fromId],
    [link.toId, toId],
  ].find(([, curated]) => !curated || !input.annotation(curated));
  if (missing) {
    const end = input.annotation(missing[0] as string);
    throw new CurationError(
      'conflict',
      message('curationLog:error-endNotCurated', { quote: shortQuote(end?.quote.exact ?? missing[0] ?? '') }),
    );
  }
  if (fromId === toId) throw new CurationError('conflict', message('curationLog:error-endsBecameOne'));
  const gone = new Set(removedLinkIds);
  const twin = [...curatedLinks.values()].find(
    (l) => !gone.has(l.id) && l.fromId === fromId && l.toId === toId && l.typeId === link.typeId,
  );
  if (twin) throw new CurationError('conflict', message('curationLog:error-alreadyCurated'));
  const curatedLink: Link = {
    id: input.newId(),
    fromId: fromId as string,
    toId: toId as string,
    typeId: link.typeId,
    coderId: CURATED_CODER_ID,
    note: link.note,
    created: now,
    modified: now,
  };
  const decision: CurationDecision = {
    ...base,
    kind: 'link-take',
    sources: [source],
    considered: [],
    takenFrom: link.coderId,
    resultId: curatedLink.id,
  };
  return { decision, curatedLink, removedLinkIds };
}

/** Every decision but a merge says why: free text, or at least one of the team's quick reasons. */
export function requireReason(reason: Reason): void {
  if (reason.text.trim() === '' && !reason.quickReasons.some((q) => q.trim() !== ''))
    throw new CurationError('invalid-input', message('curationLog:error-reasonRequired'));
}
