import { statementDate } from '../library/statement-date.ts';
import type { TagKind } from '../model/codebook.ts';
import type { StatementVariable, VariableFigures } from './agreement-types.ts';
import { type CodedSpan, type UnitMembers, alignSpans } from './align-units.ts';
import { labelFigures } from './label-figures.ts';
import type { Cell } from './reliability-data.ts';

/**
 * Statement-level agreement per variable. Statements (annotations whose tag
 * is of kind `statement`) are aligned between coders by overlap — any
 * overlap, the same greedy rule as units, whatever their tags — and for
 * each aligned statement two or more coders marked, each variable is one
 * unit of nominal data. An unset field is a value of its own ("none"): not
 * naming a speaker is a coding decision, not a missing value. `actor` is
 * the same over aligned actor mentions.
 */

export interface StatementDocument {
  /** The document's date as written (a statement without its own date takes it). */
  readonly date: string | null;
  /** The compared spans of this document (already inside the chosen tags). */
  readonly spans: readonly CodedSpan[];
}

/** Not a valid id (ids start with a letter or digit), so it cannot collide with one. */
const none = '-none';
const anyOverlap = { mode: 'overlap', threshold: 0 } as const;

/** Each variable's value; `documentDate` is the document's date already read (statementDate with no own date). */
const statementValue: Record<Exclude<StatementVariable, 'actor'>, (s: CodedSpan, documentDate: string) => string> = {
  speaker: (s) => s.annotation.speakerId ?? none,
  addressee: (s) => s.annotation.addresseeId ?? none,
  stance: (s) => s.annotation.stance ?? none,
  concept: (s) => s.annotation.conceptId ?? none,
  date: (s, documentDate) => s.annotation.statementDate ?? documentDate,
};
const valueReaders = Object.entries(statementValue) as Array<
  [Exclude<StatementVariable, 'actor'>, (s: CodedSpan, documentDate: string) => string]
>;

export function statementAgreement(
  documents: readonly StatementDocument[],
  coderCount: number,
  kindOf: (tagId: string) => TagKind,
): VariableFigures[] {
  const rows: Record<StatementVariable, Cell[][]> = {
    speaker: [],
    addressee: [],
    stance: [],
    concept: [],
    date: [],
    actor: [],
  };
  for (const doc of documents) {
    const statements: CodedSpan[] = [];
    const mentions: CodedSpan[] = [];
    for (const s of doc.spans) {
      const kind = kindOf(s.tagId);
      if (kind === 'statement') statements.push(s);
      else if (kind === 'actor-mention') mentions.push(s);
    }
    const paired = pairedUnits(statements, coderCount);
    // The document's date read once (statementDate parses the metadata's free text), not once per statement.
    const documentDate = paired.length > 0 ? (statementDate({}, doc.date) ?? none) : none;
    for (const unit of paired) {
      for (const [variable, value] of valueReaders) {
        rows[variable].push(unit.map((m) => (m ? value(m, documentDate) : null)));
      }
    }
    for (const unit of pairedUnits(mentions, coderCount)) {
      rows.actor.push(unit.map((m) => m?.annotation.actorId ?? (m ? none : null)));
    }
  }
  return (Object.keys(rows) as StatementVariable[]).map((variable) =>
    variableFigures(variable, rows[variable], coderCount),
  );
}

/** Aligned spans that two or more coders marked: only those can be compared. */
function pairedUnits(spans: readonly CodedSpan[], coderCount: number): UnitMembers[] {
  if (spans.length < 2) return [];
  return alignSpans(spans, coderCount, anyOverlap).filter((unit) => unit.filter((m) => m !== null).length >= 2);
}

function variableFigures(variable: StatementVariable, rows: Cell[][], coderCount: number): VariableFigures {
  const { percent, alpha, cohen } = labelFigures(rows, coderCount);
  return { variable, units: rows.length, percent, alpha, cohen };
}
