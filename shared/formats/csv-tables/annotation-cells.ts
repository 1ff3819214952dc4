import type { Annotation } from '../../model/annotation.ts';
import type { DocumentInfo } from '../../model/document.ts';
import type { CsvCell } from '../csv/write-csv.ts';
import { type CsvNames, codePointCells } from './csv-names.ts';
import { type CsvTablesInput, csvOffsetUnit } from './csv-tables-input.ts';

// The column groups the annotations and statements tables share, each with its cells: one place for their order.

/** The annotation's document. */
export const documentColumns = ['document_id', 'document_title', 'document_date'] as const;
export const documentCells = (doc: DocumentInfo): CsvCell[] => [doc.id, doc.title, doc.metadata.date];

/** Whose annotation it is. */
export const coderColumns = ['coder_id', 'coder'] as const;
export const coderCells = (names: CsvNames, coderId: string): CsvCell[] => [coderId, names.coder(coderId)];

/** Its tag, by id, name and path from the root. */
export const tagColumns = ['tag_id', 'tag', 'tag_path'] as const;
export const tagCells = (names: CsvNames, tagId: string): CsvCell[] => [tagId, names.tag(tagId), names.tagPath(tagId)];

/** Its span: our UTF-16 offsets, their unit, and the same in code points. */
export const spanColumns = ['start', 'end', 'offset_unit', 'code_point_start', 'code_point_end'] as const;
export const spanCells = (input: CsvTablesInput, a: Annotation): CsvCell[] => [
  a.start,
  a.end,
  csvOffsetUnit,
  ...codePointCells(input, a.id),
];

/** Who says it to whom about which concept, with which stance. */
export const statementColumns = [
  'speaker_id',
  'speaker',
  'addressee_id',
  'addressee',
  'concept_id',
  'concept',
  'stance',
] as const;
export const statementCells = (names: CsvNames, a: Annotation): CsvCell[] => [
  a.speakerId,
  names.actor(a.speakerId),
  a.addresseeId,
  names.actor(a.addresseeId),
  a.conceptId,
  names.concept(a.conceptId),
  a.stance,
];
