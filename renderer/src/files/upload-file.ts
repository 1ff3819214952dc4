import { ApiError, unwrapEnvelope } from '../../../shared/ipc/errors.ts';
import type { OpenedFile } from '../../../shared/ipc/file-ticket.ts';
import { message } from '../../../shared/i18n/message.ts';
import { transport } from '../store/api.ts';
import './file-bridge.ts';

/** Must match electron/server/file-routes.ts and loopback-server.ts. */
const TOKEN_HEADER = 'x-glossator-token';
const FILE_NAME_HEADER = 'x-glossator-file-name';
/** Chunks small enough for one IPC message each, large enough to keep the count low. */
const CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * Hands a file the user picked or dropped to the core, as the file itself:
 * in a browser the body of POST /files (the browser streams it from disk),
 * in Electron chunk by chunk over the preload's file channel. Answers the
 * open ticket the call that reads the file takes.
 */
export async function uploadFile(file: File): Promise<OpenedFile> {
  if (window.glossatorFiles) return uploadOverIpc(file);
  if (transport?.kind !== 'http') throw new ApiError('io', message('notices:notConnected'));
  let response: Response;
  try {
    response = await fetch('/files', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/octet-stream',
        [TOKEN_HEADER]: transport.token,
        [FILE_NAME_HEADER]: encodeURIComponent(file.name),
      },
      body: file,
    });
  } catch {
    throw new ApiError('io', message('files:uploadAborted', { name: file.name }));
  }
  let envelope: unknown;
  try {
    envelope = await response.json();
  } catch {
    throw new ApiError('io', message('notices:serverNoData', { status: response.status }));
  }
  return unwrapEnvelope<OpenedFile>(envelope);
}

async function uploadOverIpc(file: File): Promise<OpenedFile> {
  const bridge = window.glossatorFiles;
  if (!bridge) throw new ApiError('io', message('notices:notConnected'));
  const { upload } = unwrapEnvelope<{ upload: string }>(await bridge.begin(file.name));
  try {
    for (let at = 0; at < file.size; at += CHUNK_BYTES) {
      const bytes = new Uint8Array(await file.slice(at, at + CHUNK_BYTES).arrayBuffer());
      unwrapEnvelope<null>(await bridge.chunk(upload, bytes));
    }
    return unwrapEnvelope<OpenedFile>(await bridge.finish(upload));
  } catch (error) {
    void bridge.abort(upload).catch(() => {});
    throw error;
  }
}
