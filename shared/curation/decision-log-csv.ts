import { type CsvCell, writeCsv } from '../formats/csv/write-csv.ts';
import type { DecisionSource, DecisionRow } from './curation-types.ts';
import { decisionLogColumns } from './curation-types.ts';

export interface DecisionLogCsvOptions {
  /** The result tag's name (the codebook's); its id when the tag is gone. */
  tagName: (tagId: string) => string;
  /** A UTF-8 byte order mark first, so Excel reads Cyrillic right. Default true, as the other CSVs. */
  bom?: boolean;
}

/**
 * The decision log as CSV, one row per decision, columns `decisionLogColumns`
 * (the README lists them). Codes (decision kinds, field names) are stable
 * English identifiers, not words of the interface, so a reviewer's script
 * does not break when the user switches language; several values in a cell
 * are joined by "; ", coder records as `coder:id`. Written through writeCsv,
 * so a reason starting with "=" reaches a spreadsheet as text.
 */
export function decisionLogCsv(rows: readonly DecisionRow[], options: DecisionLogCsvOptions): string {
  const records: CsvCell[][] = [[...decisionLogColumns]];
  for (const row of rows) {
    const d = row.decision;
    const cells: Record<(typeof decisionLogColumns)[number], CsvCell> = {
      decision_id: d.id,
      document_id: d.documentId,
      document_title: row.documentTitle,
      start: d.start,
      end: d.end,
      quote: row.quote,
      decision: d.kind,
      taken_from: d.takenFrom ?? null,
      edited_fields: (d.edited ?? []).join('; '),
      fields_from: Object.entries(d.fieldsFrom ?? {})
        .map(([field, coder]) => `${field}:${coder}`)
        .join('; '),
      result_id: d.resultId ?? null,
      result_tag: row.tagId === null ? null : options.tagName(row.tagId),
      sources: sourceList(d.sources),
      considered: sourceList(d.considered),
      sources_gone: row.gone.join('; '),
      replaces: (d.replaces ?? []).join('; '),
      replaced_by: row.replacedBy,
      conflict: row.conflict,
      quick_reasons: d.quickReasons.join('; '),
      reason: d.reason,
      curator_id: d.curatorId,
      curator: d.curatorName,
      decided_at: d.at,
    };
    records.push(decisionLogColumns.map((c) => cells[c]));
  }
  return writeCsv(records, { bom: options.bom ?? true });
}

function sourceList(sources: readonly DecisionSource[]): string {
  return sources.map((s) => `${s.coderId}:${s.id}`).join('; ');
}
