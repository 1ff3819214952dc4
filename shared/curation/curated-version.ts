import type { Annotation } from '../model/annotation.ts';
import { CURATED_CODER_ID, type CuratedField, curatedFields } from './curation-types.ts';

/**
 * A coder's version of a unit as curation reads and copies it: what two
 * versions must share to agree, the curated copy made from one, and which
 * fields a curator's edited version changed.
 */

/** The statement fields compared and copied (the memo is neither compared nor copied by a merge). */
export const statementKeys = ['actorId', 'speakerId', 'addresseeId', 'stance', 'statementDate', 'conceptId'] as const;
export type StatementKey = (typeof statementKeys)[number];

/**
 * What two versions must share to agree: span, category (the tag after the
 * coder's mapping) and the statement fields as stored. The date is compared
 * as stored, not defaulted to the document's: the copy keeps one of them,
 * and a merge must never change what a statement says.
 */
export function agreementKey(a: Annotation, category: string): string {
  return JSON.stringify([
    a.start,
    a.end,
    category,
    a.actorId ?? null,
    a.speakerId ?? null,
    a.addresseeId ?? null,
    a.stance ?? null,
    a.statementDate ?? null,
    a.conceptId ?? null,
  ]);
}

/**
 * The curated layer's copy of a coder's version: a new id, the curated
 * coder, the category as tag, the same span, quote and statement fields;
 * no `orphaned` (only live spans are curated); created and modified now.
 */
export function curatedCopy(
  from: Annotation,
  fields: { id: string; tagId: string; note: string; now: string; quote?: Annotation['quote'] },
): Annotation {
  const copy: Annotation = {
    id: fields.id,
    documentId: from.documentId,
    coderId: CURATED_CODER_ID,
    tagId: fields.tagId,
    start: from.start,
    end: from.end,
    quote: fields.quote ?? from.quote,
    note: fields.note,
    created: fields.now,
    modified: fields.now,
  };
  for (const key of statementKeys) {
    const value = from[key];
    if (value !== undefined) (copy as Record<StatementKey, unknown>)[key] = value;
  }
  return copy;
}

/** How each field a curator may edit is read from an annotation. */
const fieldReaders: Record<CuratedField, (a: Annotation) => unknown> = {
  span: (a) => `${a.start}:${a.end}`,
  tag: (a) => a.tagId,
  speaker: (a) => a.speakerId ?? null,
  addressee: (a) => a.addresseeId ?? null,
  stance: (a) => a.stance ?? null,
  concept: (a) => a.conceptId ?? null,
  date: (a) => a.statementDate ?? null,
  actor: (a) => a.actorId ?? null,
  memo: (a) => a.note,
};

/** A field's value as curation compares it (the span as both ends, absent statement fields as null). */
export function fieldValue(a: Annotation, field: CuratedField): unknown {
  return fieldReaders[field](a);
}

/**
 * The fields on which `result` differs from the version it was taken from,
 * in the order the schema lists them. `takenTag` is the taken version's
 * category (its tag after mapping): taking a mapped tag is not an edit.
 */
export function editedFields(result: Annotation, taken: Annotation, takenTag: string): CuratedField[] {
  const base = { ...taken, tagId: takenTag };
  return curatedFields.filter((f) => fieldReaders[f](result) !== fieldReaders[f](base));
}
