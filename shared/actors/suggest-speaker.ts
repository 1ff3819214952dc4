import type { Annotation } from '../model/annotation.ts';

/** The parts of a statement annotation that suggestSpeaker reads. */
export type StatementPosition = Pick<Annotation, 'id' | 'documentId' | 'start'> & Partial<Pick<Annotation, 'orphaned'>>;

/**
 * The actor to offer as a statement's speaker, or null when there is no
 * single obvious one. Researchers asked: "when a paragraph contains exactly
 * one actor mention before the statement, offer it as the speaker" — in news
 * reporting the person named earlier in the paragraph is usually the one
 * quoted («Токаев ... Он заявил, что ...»).
 *
 * The paragraph is the line of `text` (split on "\n") holding
 * `statement.start`. Counted are the annotations of the same document that
 * name an actor (`actorId`), are not orphaned and lie wholly between the
 * start of the paragraph and the start of the statement. Mentions inside the
 * statement or after it, and in other paragraphs, do not count.
 *
 * Several mentions of the SAME actor (Токаев ... глава государства ...) still
 * make one candidate, so that actor is offered: repeating a name does not make
 * the speaker any less clear. Mentions of two or more different actors give
 * null, since picking one would be a guess. An orphaned statement has no
 * position in the text and gets null too.
 */
export function suggestSpeaker(
  text: string,
  annotations: readonly Annotation[],
  statement: StatementPosition,
): string | null {
  if (statement.orphaned) return null;
  const paragraphStart = statement.start === 0 ? 0 : text.lastIndexOf('\n', statement.start - 1) + 1;
  let speaker: string | null = null;
  for (const annotation of annotations) {
    if (
      annotation.actorId === undefined ||
      annotation.orphaned ||
      annotation.id === statement.id ||
      annotation.documentId !== statement.documentId ||
      annotation.start < paragraphStart ||
      annotation.end > statement.start
    ) {
      continue;
    }
    if (speaker !== null && speaker !== annotation.actorId) return null;
    speaker = annotation.actorId;
  }
  return speaker;
}
