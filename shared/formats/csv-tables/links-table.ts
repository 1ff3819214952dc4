import type { CsvCell } from '../csv/write-csv.ts';
import { CsvNames } from './csv-names.ts';
import type { CsvTableRows, CsvTablesInput } from './csv-tables-input.ts';

const columns = [
  'link_id',
  'source_annotation',
  'target_annotation',
  'type_id',
  'type',
  'coder_id',
  'coder',
  'source_document_id',
  'source_document_title',
  'source_text',
  'target_document_id',
  'target_document_title',
  'target_text',
  'note',
  'created',
  'modified',
] as const;

/**
 * One row per link of the exported layers, directed from source to
 * target ("this proposal elaborates that one"); the ends' documents and
 * words beside them, since a link often crosses documents (the proposal
 * graph across a corpus). `source_annotation` and `target_annotation` are
 * annotation ids of the annotations table. The snapshot holds only links
 * whose two ends are exported; the writer counts the others as left out.
 */
export function linksTable(input: CsvTablesInput, names = new CsvNames(input)): CsvTableRows {
  const rows: CsvCell[][] = [];
  for (const links of input.links.values()) {
    for (const l of links) {
      const from = names.annotations.get(l.fromId);
      const to = names.annotations.get(l.toId);
      rows.push([
        l.id,
        l.fromId,
        l.toId,
        l.typeId,
        names.linkType(l.typeId),
        l.coderId,
        names.coder(l.coderId),
        from?.document.id,
        from?.document.title,
        from?.annotation.quote.exact,
        to?.document.id,
        to?.document.title,
        to?.annotation.quote.exact,
        l.note,
        l.created,
        l.modified,
      ]);
    }
  }
  return { columns, rows };
}
