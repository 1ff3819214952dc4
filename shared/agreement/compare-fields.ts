import { statementDate } from '../library/statement-date.ts';
import type { ComparedField } from './agreement-types.ts';
import type { CodedSpan, UnitMembers } from './align-units.ts';

/**
 * The fields on which a unit's coders' versions differ, for the Compare
 * view's side-by-side detail. Only the coders who marked the unit are
 * compared (one alone differs from no one; its class already says the
 * others did not mark it). An unset field is a value like any other, so
 * "speaker named" against "no speaker" differs. The date is the
 * statement's date as every list reads it (its own, else its document's).
 */
const readers: ReadonlyArray<[ComparedField, (s: CodedSpan, documentDay: string | null) => unknown]> = [
  ['span', (s) => `${s.start}:${s.end}`],
  ['tag', (s) => s.category],
  ['speaker', (s) => s.annotation.speakerId],
  ['addressee', (s) => s.annotation.addresseeId],
  ['stance', (s) => s.annotation.stance],
  ['concept', (s) => s.annotation.conceptId],
  ['date', (s, documentDay) => s.annotation.statementDate ?? documentDay],
  ['actor', (s) => s.annotation.actorId],
  ['memo', (s) => s.annotation.note],
];

/**
 * @param documentDay the document's date as statementDate reads it (`documentDay(metadata date)`), read once
 *   per document rather than once per field: it parses free text.
 */
export function differingFields(members: UnitMembers, documentDay: string | null): ComparedField[] {
  const present = members.filter((m): m is CodedSpan => m !== null);
  if (present.length < 2) return [];
  const first = present[0] as CodedSpan;
  const differs: ComparedField[] = [];
  for (const [field, read] of readers) {
    const value = read(first, documentDay);
    if (present.some((m) => read(m, documentDay) !== value)) differs.push(field);
  }
  return differs;
}

/** A document's date as a statement without its own date takes it (statementDate's reading). */
export function documentDay(documentDate: string | null): string | null {
  return statementDate({}, documentDate);
}
