import { type CsvTableRows, type CsvTablesInput, csvOffsetUnit } from './csv-tables-input.ts';

const columns = [
  'document_id',
  'document_title',
  'document_date',
  'source',
  'author',
  'url',
  'language',
  'file_name',
  'text_length',
  'offset_unit',
  'annotations',
  'source_sha256',
  'memo',
  'created',
] as const;

/**
 * One row per exported document with its metadata as the user typed it
 * (the date too: "08.09.2023" stays so; the statements table gives the
 * reading every date filter uses). `text_length` counts UTF-16 units, the
 * unit of every offset; `annotations` counts the exported layers' ones.
 */
export function documentsTable(input: CsvTablesInput): CsvTableRows {
  const rows = input.documents.map(({ info, layers }) => {
    const m = info.metadata;
    let count = 0;
    for (const list of layers.values()) count += list.length;
    return [
      info.id,
      info.title,
      m.date,
      m.source,
      m.author,
      m.url,
      m.language,
      info.fileName,
      info.textLength,
      csvOffsetUnit,
      count,
      info.sourceHash,
      info.memo,
      info.created,
    ];
  });
  return { columns, rows };
}
