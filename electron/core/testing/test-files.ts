import { readFile } from 'node:fs/promises';
import type { SavedFile } from '../../../shared/ipc/file-ticket.ts';
import type { FileGate } from '../files/file-gate.ts';
import { beginUpload } from '../files/upload-sink.ts';

/** A file handed to the core as the window would upload it: an open ticket for `content` named `name`. */
export async function uploaded(gate: FileGate, name: string, content: string | Uint8Array): Promise<string> {
  const sink = await beginUpload(gate, name, 4 * 1024 ** 3);
  await sink.write(typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
  return (await sink.finish()).ticket;
}

/** What an export call wrote: it gets a download slot's ticket, and the file is read back as text. */
export async function exported(
  gate: FileGate,
  name: string,
  write: (to: string) => Promise<SavedFile>,
): Promise<{ saved: SavedFile; text: string }> {
  const saved = await write(await gate.grantDownload(name));
  const download = gate.takeDownload((saved.download ?? '').split('/').pop() ?? '');
  if (!download) throw new Error(`${name} was not written`);
  const text = await readFile(download.path, 'utf8');
  await gate.finishDownload(download);
  return { saved, text };
}
