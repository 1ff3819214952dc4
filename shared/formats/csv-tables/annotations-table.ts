import type { CsvCell } from '../csv/write-csv.ts';
import * as groups from './annotation-cells.ts';
import { CsvNames, documentAnnotations } from './csv-names.ts';
import type { CsvTableRows, CsvTablesInput } from './csv-tables-input.ts';

const columns = [
  ...groups.documentColumns,
  'annotation_id',
  ...groups.coderColumns,
  ...groups.tagColumns,
  ...groups.spanColumns,
  'text',
  'actor_id',
  'actor',
  ...groups.statementColumns,
  'statement_date',
  'note',
  'orphaned',
  'created',
  'modified',
] as const;

/**
 * Every annotation of the exported layers, one row each (long form: one
 * coder's annotation per row, so two coders' layers stack and
 * `table(coder, tag)` in R or `groupby` in pandas just works). Names beside
 * ids: names are for reading and can repeat, ids are for joins.
 *
 * `text` is the annotation's quote, which is exactly the text between
 * start and end (an orphaned one keeps the words its span held; start =
 * end). `statement_date` is the statement's own date only — empty means
 * the document's; the statements table resolves it.
 */
export function annotationsTable(input: CsvTablesInput, names = new CsvNames(input)): CsvTableRows {
  const coderOrder = new Map(input.coders.map((c, i) => [c.id, i]));
  const rows: CsvCell[][] = [];
  for (const { info, layers } of input.documents) {
    for (const a of documentAnnotations(layers, coderOrder)) {
      rows.push([
        ...groups.documentCells(info),
        a.id,
        ...groups.coderCells(names, a.coderId),
        ...groups.tagCells(names, a.tagId),
        ...groups.spanCells(input, a),
        a.quote.exact,
        a.actorId,
        names.actor(a.actorId),
        ...groups.statementCells(names, a),
        a.statementDate,
        a.note,
        a.orphaned === true,
        a.created,
        a.modified,
      ]);
    }
  }
  return { columns, rows };
}
