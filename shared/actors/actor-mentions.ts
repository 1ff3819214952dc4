import { splitsSurrogatePair } from '../anchoring/surrogates.ts';
import type { Annotation } from '../model/annotation.ts';
import { isPartyToStatement } from './annotation-actors.ts';

/** Where an actor occurs in the annotations: named in the text, or as a party to statements. */
export interface ActorMentions {
  /** Annotations naming the actor (`actorId`). */
  mentions: Annotation[];
  /** Statements the actor makes (`speakerId`) or is addressed in (`addresseeId`). */
  statements: Annotation[];
}

/**
 * Collects what the actor's page in the registry lists: every place the actor
 * is named, and separately every statement it speaks or is addressed in, each
 * list in reading order (by document id, then position). Orphaned annotations
 * are included: they still refer to the actor, and the list is where the
 * researcher finds them before deleting or merging the actor.
 */
export function mentionsOfActor(annotations: readonly Annotation[], actorId: string): ActorMentions {
  const mentions = annotations.filter((annotation) => annotation.actorId === actorId);
  const statements = annotations.filter((annotation) => isPartyToStatement(annotation, actorId));
  return { mentions: mentions.sort(byDocumentThenPosition), statements: statements.sort(byDocumentThenPosition) };
}

function byDocumentThenPosition(a: Annotation, b: Annotation): number {
  if (a.documentId !== b.documentId) return a.documentId < b.documentId ? -1 : 1;
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A mention as one line of a list: the quoted words and the text around them. */
export interface MentionContext {
  /** The text before the quote, within its paragraph. */
  before: string;
  /** The quoted text, shortened in the middle when very long. */
  exact: string;
  /** The text after the quote, within its paragraph. */
  after: string;
  /** True when `exact` was shortened. */
  shortened: boolean;
}

const ELLIPSIS = ' … ';

/** How long `exact` may be in a MentionContext before it is shortened. */
export const MENTION_CONTEXT_EXACT_LENGTH = 200;

/**
 * Shows a mention in a list without loading its document, from the quote
 * stored with the annotation (which also survives orphaning). The context is
 * cut at line breaks, since words from the neighbouring paragraph would read
 * as part of the sentence. A quote longer than `maxLength` is shortened in
 * the middle to at most that length ("beginning … end"), so both its opening and the words that
 * meet `after` stay visible; no emoji is cut in half.
 */
export function mentionContext(
  annotation: Pick<Annotation, 'quote'>,
  maxLength: number = MENTION_CONTEXT_EXACT_LENGTH,
): MentionContext {
  const { prefix, exact, suffix } = annotation.quote;
  const before = prefix.slice(prefix.lastIndexOf('\n') + 1);
  const lineEnd = suffix.indexOf('\n');
  const after = lineEnd === -1 ? suffix : suffix.slice(0, lineEnd);
  if (exact.length <= maxLength) return { before, exact, after, shortened: false };

  const kept = Math.max(maxLength - ELLIPSIS.length, 2);
  let headEnd = Math.ceil(kept / 2);
  if (splitsSurrogatePair(exact, headEnd)) headEnd--;
  let tailStart = exact.length - (kept - headEnd);
  if (splitsSurrogatePair(exact, tailStart)) tailStart++;
  return {
    before,
    exact: `${exact.slice(0, headEnd).trimEnd()}${ELLIPSIS}${exact.slice(tailStart).trimStart()}`,
    after,
    shortened: true,
  };
}
