import { z } from 'zod';

/**
 * A file that crosses between the window and the core travels as a ticket:
 * an opaque, random, one-time id the core's FileGate issued for a path the
 * user chose (a save or open dialog) or for bytes the window uploaded. The
 * window never names a path, and no file's bytes travel inside a JSON
 * envelope.
 */
export const FileTicketSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'not a file ticket');
export type FileTicket = z.infer<typeof FileTicketSchema>;

/** What a file is for; it decides the dialog's filters and the size cap where the file is used. */
// 'exchange': any file an Import… reads (its format told by its content); 'qdpx', 'qdc', 'w3c', 'zip' (CSV or brat
// tables in a zip): what an Export… writes.
export const fileKinds = [
  'bundle',
  'codebook',
  'graphml',
  'document',
  'csv',
  'exchange',
  'qdpx',
  'qdc',
  'w3c',
  'zip',
] as const;
export type FileKind = (typeof fileKinds)[number];
export const FileKindSchema = z.enum(fileKinds);

/** A file the core wrote. */
export interface SavedFile {
  /** The file's name as the user sees it (no folder). */
  name: string;
  bytes: number;
  /**
   * Loopback server only: the one-time URL path (same origin) the browser
   * fetches to download the file; Electron wrote it where the user chose.
   */
  download?: string;
}

/** A file the core may read once: chosen in the open dialog, or uploaded. */
export interface OpenedFile {
  ticket: FileTicket;
  name: string;
  bytes: number;
}

/** A save target the user chose; the call that writes it takes the ticket. */
export interface SaveTarget {
  ticket: FileTicket;
  name: string;
}

/** The file's name suggested in a save dialog (the user may change it). */
export const SuggestedNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\\0]/.test(name), 'a file name, not a path');
