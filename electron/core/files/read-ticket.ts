import { readFile } from 'node:fs/promises';
import { ApiError } from '../../../shared/ipc/errors.ts';
import type { Message } from '../../../shared/i18n/message.ts';
import type { FileGate } from './file-gate.ts';

/**
 * Reads the whole file of an open ticket, for uses whose files are small
 * (a codebook, a document to import): past `maxBytes` it is refused as too
 * large before a byte is read. The ticket is released either way (an
 * upload's staging file goes with it).
 */
export async function readTicket(
  gate: FileGate,
  ticket: string,
  maxBytes: number,
  tooLarge: (bytes: number) => Message,
): Promise<{ name: string; bytes: Buffer }> {
  const file = gate.open(ticket);
  try {
    if (file.bytes > maxBytes) throw new ApiError('too-large', tooLarge(file.bytes));
    const bytes = await readFile(file.path);
    // The file may have grown since it was chosen.
    if (bytes.length > maxBytes) throw new ApiError('too-large', tooLarge(bytes.length));
    return { name: file.name, bytes };
  } finally {
    gate.release(ticket);
  }
}
