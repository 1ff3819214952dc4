import type { ComparedField, ComparedUnit } from '../../../../shared/agreement/agreement-types.ts';
import { statementDate } from '../../../../shared/library/statement-date.ts';
import type { Annotation } from '../../../../shared/model/annotation.ts';
import type { Tag } from '../../../../shared/model/codebook.ts';

/** A row of the selected unit's side-by-side versions. */
export type VersionField =
  | 'tag'
  | 'quote'
  | 'span'
  | 'actor'
  | 'speaker'
  | 'addressee'
  | 'stance'
  | 'concept'
  | 'date'
  | 'memo';

export interface VersionRow {
  field: VersionField;
  /** One value per coder, in the comparison's order; null where the coder has no annotation or no value. */
  values: (string | null)[];
  /** The coders' versions differ here (the core's word, or values that are not all equal). */
  differs: boolean;
}

/** What the rows need to name things: the window's lookups, so this stays pure. */
export interface VersionContext {
  tags: ReadonlyMap<string, Tag>;
  actorName: (id: string) => string;
  conceptName: (id: string) => string;
  stanceLabel: (stance: NonNullable<Annotation['stance']>) => string;
  documentDate: string | null | undefined;
}

/** The fields always shown, then those shown when some coder has a value. */
const always: readonly VersionField[] = ['tag', 'quote', 'span'];
const optional: readonly VersionField[] = ['actor', 'speaker', 'addressee', 'stance', 'concept', 'date', 'memo'];

/** The core's name of the difference a row shows (the quote differs when the span does). */
const comparedAs: Record<VersionField, ComparedField> = {
  tag: 'tag',
  quote: 'span',
  span: 'span',
  actor: 'actor',
  speaker: 'speaker',
  addressee: 'addressee',
  stance: 'stance',
  concept: 'concept',
  date: 'date',
  memo: 'memo',
};

/**
 * Every coder's version of a unit, field by field, for the detail beside
 * the text. A tag's value is its id (the view draws its name and colour);
 * the date is a statement's (its own, else its document's), shown only for
 * statements; a coder without an annotation in the unit has nulls.
 */
export function unitVersions(
  unit: ComparedUnit,
  members: readonly (Annotation | null)[],
  context: VersionContext,
): VersionRow[] {
  const fieldValue = (field: VersionField, a: Annotation): string | null => {
    const statement = context.tags.get(a.tagId)?.kind === 'statement';
    switch (field) {
      case 'tag':
        return a.tagId;
      case 'quote':
        return a.quote.exact;
      case 'span':
        return `${a.start}–${a.end}`;
      case 'actor':
        return a.actorId ? context.actorName(a.actorId) : null;
      case 'speaker':
        return a.speakerId ? context.actorName(a.speakerId) : null;
      case 'addressee':
        return a.addresseeId ? context.actorName(a.addresseeId) : null;
      case 'stance':
        return a.stance ? context.stanceLabel(a.stance) : null;
      case 'concept':
        return a.conceptId ? context.conceptName(a.conceptId) : null;
      case 'date':
        return statement ? statementDate(a, context.documentDate) : null;
      case 'memo':
        return a.note.trim() ? a.note : null;
    }
  };
  const rows: VersionRow[] = [];
  for (const field of [...always, ...optional]) {
    const values = members.map((a) => (a ? fieldValue(field, a) : null));
    if (!always.includes(field) && values.every((v) => v === null)) continue;
    // Tags are compared as the core compared them: after tag mappings (unit.labels), not as coded.
    const compared = field === 'tag' ? unit.labels : values;
    const present = compared.filter((_, i) => members[i] !== null);
    const unequal = present.some((v) => v !== present[0]);
    rows.push({ field, values, differs: unequal || unit.differs.includes(comparedAs[field]) });
  }
  return rows;
}
