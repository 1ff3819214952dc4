import type { CsvCell } from '../csv/write-csv.ts';
import { CsvNames, codePointCells, documentAnnotations } from './csv-names.ts';
import { type CsvTableRows, type CsvTablesInput, csvOffsetUnit } from './csv-tables-input.ts';

const columns = [
  'document_id',
  'document_title',
  'document_date',
  'annotation_id',
  'coder_id',
  'coder',
  'tag_id',
  'tag',
  'tag_path',
  'start',
  'end',
  'offset_unit',
  'code_point_start',
  'code_point_end',
  'text',
  'actor_id',
  'actor',
  'speaker_id',
  'speaker',
  'addressee_id',
  'addressee',
  'concept_id',
  'concept',
  'stance',
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
        info.id,
        info.title,
        info.metadata.date,
        a.id,
        a.coderId,
        names.coder(a.coderId),
        a.tagId,
        names.tag(a.tagId),
        names.tagPath(a.tagId),
        a.start,
        a.end,
        csvOffsetUnit,
        ...codePointCells(input, a.id),
        a.quote.exact,
        a.actorId,
        names.actor(a.actorId),
        a.speakerId,
        names.actor(a.speakerId),
        a.addresseeId,
        names.actor(a.addresseeId),
        a.conceptId,
        names.concept(a.conceptId),
        a.stance,
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
