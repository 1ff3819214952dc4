import type { Actor } from '../../model/actor.ts';
import type { Annotation } from '../../model/annotation.ts';
import type { Tag } from '../../model/codebook.ts';
import type { Coder } from '../../model/coder.ts';
import type { Concept } from '../../model/concept.ts';
import type { DocumentInfo } from '../../model/document.ts';
import type { Link, LinkType } from '../../model/link.ts';
import type { CsvCell } from '../csv/write-csv.ts';
import type { CodePointOffsets } from './code-point-offsets.ts';

/**
 * What the CSV tables are built from: the records of an export snapshot
 * (electron/core/bundles/export-snapshot.ts has this shape and more), so
 * the tables stay pure and testable without a store.
 */
export interface CsvTablesInput {
  coders: readonly Coder[];
  tags: readonly Tag[];
  actors: readonly Actor[];
  linkTypes: readonly LinkType[];
  concepts: readonly Concept[];
  documents: ReadonlyArray<{ info: DocumentInfo; layers: ReadonlyMap<string, readonly Annotation[]> }>;
  /** Per coder, the links whose two ends are exported annotations. */
  links: ReadonlyMap<string, readonly Link[]>;
  /** Each annotation's offsets in code points, when the texts were read (see addCodePointOffsets); else left empty. */
  codePoints?: CodePointOffsets;
}

/**
 * A table: its column names (stable English identifiers a script can rely
 * on, whatever the interface language) and one row of cells per record.
 */
export interface CsvTableRows {
  columns: readonly string[];
  rows: CsvCell[][];
}

/**
 * Offsets are written as Glossator stores them: UTF-16 code units, start
 * inclusive, end exclusive — what JavaScript's slice and Python's
 * `text.encode('utf-16-le')[2*start:2*end]` count. R's substr and Python's
 * slicing count code points: those are in code_point_start/_end beside.
 * The unit is named in every row that has offsets.
 */
export const csvOffsetUnit = 'utf-16';
