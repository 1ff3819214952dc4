import { writeCsv } from '../csv/write-csv.ts';
import { actorAffiliationsTable, actorAliasesTable, actorsTable } from './actors-tables.ts';
import { annotationsTable } from './annotations-table.ts';
import { conceptsTable, tagsTable } from './codebook-tables.ts';
import { CsvNames } from './csv-names.ts';
import type { CsvTableRows, CsvTablesInput } from './csv-tables-input.ts';
import { documentsTable } from './documents-table.ts';
import { linksTable } from './links-table.ts';
import { statementsTable } from './statements-table.ts';

/**
 * Every table of the CSV export, by name: the name is the file's name
 * without ".csv", in the zip, the folder and the CLI's and window's choice
 * of one table alone. Order: what a reader opens first.
 */
const builders = {
  documents: (input: CsvTablesInput) => documentsTable(input),
  annotations: (input: CsvTablesInput, names: CsvNames) => annotationsTable(input, names),
  statements: (input: CsvTablesInput, names: CsvNames) => statementsTable(input, names),
  links: (input: CsvTablesInput, names: CsvNames) => linksTable(input, names),
  actors: (input: CsvTablesInput, names: CsvNames) => actorsTable(input, names),
  actor_aliases: (input: CsvTablesInput) => actorAliasesTable(input),
  actor_affiliations: (input: CsvTablesInput, names: CsvNames) => actorAffiliationsTable(input, names),
  tags: (input: CsvTablesInput, names: CsvNames) => tagsTable(input, names),
  concepts: (input: CsvTablesInput) => conceptsTable(input),
} satisfies Record<string, (input: CsvTablesInput, names: CsvNames) => CsvTableRows>;

export type CsvTableName = keyof typeof builders;
export const csvTableNames = Object.keys(builders) as CsvTableName[];

export function isCsvTableName(name: string): name is CsvTableName {
  return Object.hasOwn(builders, name);
}

export interface CsvTableFile {
  table: CsvTableName;
  /** `<table>.csv` */
  file: string;
  /** RFC 4180 text: a header row, CRLF line ends, formula-like cells neutralised (see write-csv). */
  csv: string;
}

export interface CsvTablesOptions {
  /** A UTF-8 byte order mark first, for Excel. Default false: R's readr and pandas read plain UTF-8. */
  bom?: boolean;
}

/** The named tables (all, by default) as CSV text, in the order of csvTableNames. */
export function csvTableFiles(
  input: CsvTablesInput,
  options: CsvTablesOptions = {},
  tables: readonly CsvTableName[] = csvTableNames,
): CsvTableFile[] {
  const names = new CsvNames(input);
  return tables.map((table) => {
    const { columns, rows } = builders[table](input, names);
    return { table, file: `${table}.csv`, csv: writeCsv([columns, ...rows], { bom: options.bom ?? false }) };
  });
}
