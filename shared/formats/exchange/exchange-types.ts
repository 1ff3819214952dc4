import type { Message } from '../../i18n/message.ts';
import type { BundleContents } from '../bundle/bundle-contents.ts';

/**
 * Exchange with the tools researchers already use (REFI-QDA, W3C Web
 * Annotation, brat, CSV): the formats, and the two shapes every writer and
 * reader shares. A writer takes what a bundle export takes; a reader gives
 * what the bundle reader gives, so the bundle import's preview, plan, undo
 * and dialog serve every format.
 */

/** Formats written by the exchange writers (bundles and GraphML have writers of their own). */
export const exchangeFormats = ['csv', 'qdpx', 'qdc', 'w3c', 'brat'] as const;
export type ExchangeFormat = (typeof exchangeFormats)[number];

/** Every format an export can write, for the Export… menu and the CLI's --format. */
export const exportFormats = ['bundle', 'csv', 'qdpx', 'qdc', 'w3c', 'brat', 'graphml'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** Formats an import reads (a file's format is told by its content, not its name). */
export const importFormats = ['bundle', 'qdpx', 'qdc', 'w3c', 'brat'] as const;
export type ImportFormat = (typeof importFormats)[number];

/** The unit an export counts offsets in, declared in the file wherever the format has a place for it. */
export type OffsetUnit = 'utf-16' | 'code-points';

/** Options some writers take. */
export interface ExchangeWriteOptions {
  /** CSV: a byte-order mark first, for Excel. */
  bom?: boolean;
  /** CSV: where the tables go: a zip of them (default), a folder of them, or one table alone. */
  csv?: { container: 'zip' } | { container: 'folder' } | { container: 'table'; table: string };
}

/** Something an export could not put in the format, counted and said (never dropped silently). */
export interface LeftOut {
  /** What kind of record: 'link', 'statement-field', 'memo', … */
  kind: string;
  count: number;
  /** Why, worded by the window. */
  reason: Message;
}

/** What an exchange export wrote. */
export interface ExchangeExportCounts {
  format: ExchangeFormat;
  documents: number;
  annotations: number;
  links: number;
  coders: number;
  offsetUnit: OffsetUnit;
  leftOut: LeftOut[];
}

/** An annotation a reader could not place on its text: listed with the reason, not imported. */
export interface RejectedAnnotation {
  /** The document it belongs to (their id or name), when known. */
  document: string | null;
  /** Their id of the annotation (a GUID, a brat T-number), when known. */
  annotation: string | null;
  reason: Message;
}

/**
 * A foreign file as read and checked: the bundle reader's contents (every
 * record passes our schemas, every annotation lies inside its text and
 * quotes it, offsets converted to UTF-16) and what could not be taken.
 */
export interface ForeignContents extends BundleContents {
  format: ImportFormat;
  /** Annotations that do not fit their text, with the reason; nothing else is lost. */
  rejected: RejectedAnnotation[];
  /** What the reader did that the user should know (e.g. discontinuous spans split, CRLF counted as one). */
  notes: Message[];
}
