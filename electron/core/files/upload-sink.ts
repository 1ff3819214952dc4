import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { OpenedFile } from '../../../shared/ipc/file-ticket.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { message } from '../../../shared/i18n/message.ts';
import type { FileGate } from './file-gate.ts';

/** An upload being written to the staging folder, chunk by chunk (never held whole). */
export interface UploadSink {
  /** Appends a chunk; past the cap the upload is aborted and `too-large` thrown. */
  write(chunk: Uint8Array): Promise<void>;
  /** Closes the file and grants it as an open ticket (deleted on release). */
  finish(): Promise<OpenedFile>;
  /** Drops the upload and its file. */
  abort(): Promise<void>;
  readonly bytes: number;
}

/** Starts an upload of a file the user calls `name`, refused past `maxBytes`. */
export async function beginUpload(gate: FileGate, name: string, maxBytes: number): Promise<UploadSink> {
  const path = await gate.staging.newFile(name);
  const handle: FileHandle = await open(path, 'wx', 0o600);
  let bytes = 0;
  let state: 'open' | 'done' | 'aborted' = 'open';
  const abort = async () => {
    if (state !== 'open') return;
    state = 'aborted';
    await handle.close().catch(() => {});
    await gate.staging.removeFile(path);
  };
  return {
    get bytes() {
      return bytes;
    },
    async write(chunk) {
      if (state !== 'open') throw new ApiError('invalid-input', message('files:uploadClosed'));
      if (bytes + chunk.byteLength > maxBytes) {
        await abort();
        throw new ApiError('too-large', message('files:tooLarge', { max: Math.round(maxBytes / 2 ** 20) }));
      }
      bytes += chunk.byteLength;
      // A write may take less than the whole chunk: the rest follows.
      for (let at = 0; at < chunk.byteLength; ) {
        const { bytesWritten } = await handle.write(chunk, at, chunk.byteLength - at);
        at += bytesWritten;
      }
    },
    async finish() {
      if (state !== 'open') throw new ApiError('invalid-input', message('files:uploadClosed'));
      state = 'done';
      await handle.close();
      const ticket = gate.grantOpen(path, name, bytes, { owned: true });
      return { ticket, name, bytes };
    },
    abort,
  };
}
