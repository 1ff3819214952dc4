import { message } from '../../i18n/message.ts';
import { readCodes } from './read-codes.ts';
import { RefiProblem } from './read-problem.ts';
import type { RefiCode } from './read-records.ts';
import { attr } from './read-xml-fields.ts';
import { parseXml } from './read-xml.ts';

export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

/** A .qdc codebook as plain records: its codes (any depth) and the software that wrote it. */
export interface RefiCodebook {
  origin: string | null;
  codes: RefiCode[];
}

/** Reads a .qdc file (root CodeBook, codebook namespace); refuses anything else. */
export function readCodebookXml(xml: string, file: string): RefiCodebook {
  const root = parseXml(xml, file);
  // A project's own CodeBook element carries the project namespace; a .qdc made from one by hand may too.
  if (root.name !== 'CodeBook' || (root.ns !== '' && !root.ns.startsWith('urn:QDA-XML:'))) {
    throw new RefiProblem(message('exchange:refi-notCodebook', { file, root: root.name }));
  }
  return { origin: attr(root, 'origin'), codes: readCodes(root, file) };
}
