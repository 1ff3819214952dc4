import type { CsvCell } from '../csv/write-csv.ts';
import { CsvNames } from './csv-names.ts';
import type { CsvTableRows, CsvTablesInput } from './csv-tables-input.ts';

/**
 * The codebook the annotations use, one row per tag: its path from the
 * root, its parent, its kind (plain, statement, actor-mention) and colour;
 * and the concepts statements are about. Small, but they let a script
 * label and order categories without the app.
 */
export function tagsTable(input: CsvTablesInput, names = new CsvNames(input)): CsvTableRows {
  const rows: CsvCell[][] = input.tags.map((t) => [
    t.id,
    t.name,
    names.tagPath(t.id),
    t.parent,
    t.kind,
    t.color,
    t.description,
  ]);
  return { columns: ['tag_id', 'name', 'path', 'parent_id', 'kind', 'color', 'description'], rows };
}

export function conceptsTable(input: CsvTablesInput): CsvTableRows {
  const rows: CsvCell[][] = input.concepts.map((c) => [c.id, c.name, c.description, c.created, c.modified]);
  return { columns: ['concept_id', 'name', 'description', 'created', 'modified'], rows };
}
