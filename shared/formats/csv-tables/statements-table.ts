import type { Annotation } from '../../model/annotation.ts';
import type { DocumentInfo } from '../../model/document.ts';
import { compareStatementDates, statementDate } from '../../library/statement-date.ts';
import type { CsvCell } from '../csv/write-csv.ts';
import * as groups from './annotation-cells.ts';
import { CsvNames, documentAnnotations } from './csv-names.ts';
import type { CsvTableRows, CsvTablesInput } from './csv-tables-input.ts';

const columns = [
  'statement_id',
  'date',
  'date_from',
  'type',
  ...groups.tagColumns,
  ...groups.statementColumns,
  ...groups.documentColumns,
  ...groups.coderColumns,
  'quote',
  ...groups.spanColumns,
  'note',
] as const;

/**
 * Statements as Discourse Network Analysis lists them: one event per
 * claim or proposal (an annotation whose tag is of the statement kind),
 * who said it to whom about which concept with which stance, and when.
 * Earliest first, undated last (then in document and text order), as a
 * time series is read.
 *
 * `date` is the one reading every list, timeline and network of the app
 * uses (statementDate: the statement's own date, else its document's, as
 * a partial ISO date "2023", "2023-09" or "2023-09-08"); `date_from` says
 * which it was: `statement`, `document`, or empty when undated. `type` is
 * the root tag's id ("claim", "proposal"): stable across languages.
 * Nothing is dropped for a missing speaker or concept — the cell is empty,
 * and a script filters as the analysis needs.
 */
export function statementsTable(input: CsvTablesInput, names = new CsvNames(input)): CsvTableRows {
  const statementTags = new Set(input.tags.filter((t) => t.kind === 'statement').map((t) => t.id));
  const coderOrder = new Map(input.coders.map((c, i) => [c.id, i]));
  const found: Array<{ a: Annotation; doc: DocumentInfo; date: string | null }> = [];
  for (const { info, layers } of input.documents) {
    for (const a of documentAnnotations(layers, coderOrder)) {
      if (!statementTags.has(a.tagId)) continue;
      found.push({ a, doc: info, date: statementDate(a, info.metadata.date) });
    }
  }
  // A stable sort: equal dates keep document and text order.
  found.sort((x, y) => compareStatementDates(x.date, y.date));
  const rows: CsvCell[][] = found.map(({ a, doc, date }) => [
    a.id,
    date,
    date === null ? null : a.statementDate !== undefined ? 'statement' : 'document',
    names.tagRoot(a.tagId),
    ...groups.tagCells(names, a.tagId),
    ...groups.statementCells(names, a),
    ...groups.documentCells(doc),
    ...groups.coderCells(names, a.coderId),
    a.quote.exact,
    ...groups.spanCells(input, a),
    a.note,
  ]);
  return { columns, rows };
}
