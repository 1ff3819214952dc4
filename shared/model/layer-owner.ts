import type { Coder } from './coder.ts';

/** A record of a coder's layer: an annotation or a link (both carry the id of the coder who made them). */
export interface LayerRecord {
  coderId: string;
}

/**
 * The one rule of who may change a record of a layer: its own coder, and no
 * one else. A colleague's annotations and links arrive in my project as their
 * layer (a bundle, a shared folder); changing them here would put words in
 * their mouth and be lost or conflict at the next exchange, so they are
 * read-only for me — in the core, which refuses, and in the Reader, which
 * does not offer the edit.
 */
export function isOwnRecord(record: LayerRecord, coderId: string): boolean {
  return record.coderId === coderId;
}

/** The display name of a layer's coder, for messages; the id itself when the project does not know them. */
export function coderName(coders: readonly Coder[], coderId: string): string {
  return coders.find((c) => c.id === coderId)?.name ?? coderId;
}
