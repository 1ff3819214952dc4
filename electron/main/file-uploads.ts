import { randomBytes } from 'node:crypto';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { fileChannels } from '../../shared/ipc/file-channels.ts';
import { ApiError, type Envelope } from '../../shared/ipc/errors.ts';
import { message } from '../../shared/i18n/message.ts';
import type { FileGate } from '../core/files/file-gate.ts';
import { beginUpload, type UploadSink } from '../core/files/upload-sink.ts';
import { uploadName } from '../core/files/upload-name.ts';
import { isTrustedSender } from './bind-contract.ts';

/** As the loopback server's cap (file-routes.ts): each use of a file has its own, smaller one. */
const MAX_UPLOAD_BYTES = 4 * 1024 ** 3;
/** An upload no chunk arrived for in this long was abandoned (the window reloaded): its file goes. */
const IDLE_MS = 5 * 60 * 1000;

interface Upload {
  sink: UploadSink;
  /** The page that began it: only it may go on with it. */
  sender: number;
  touched: number;
}

/**
 * Files dropped into (or picked in) Electron's window reach the core as
 * files: the preload sends their bytes in chunks over these channels, and
 * main writes them to the staging folder as they come, then grants the
 * whole file as an open ticket. The same checks as every contract call
 * (isTrustedSender), and a chunk must be bytes of an upload its own page
 * began. This avoids base64 in JSON without giving the page a path or any
 * file-system access.
 */
export function bindFileUploads(
  ipcMain: Pick<IpcMain, 'handle'>,
  gate: FileGate,
  { maxBytes = MAX_UPLOAD_BYTES, now = Date.now } = {},
): void {
  const uploads = new Map<string, Upload>();
  const sweep = () => {
    for (const [id, upload] of uploads) {
      if (now() - upload.touched < IDLE_MS) continue;
      uploads.delete(id);
      void upload.sink.abort();
    }
  };
  const own = (event: IpcMainInvokeEvent, id: unknown): Upload => {
    const upload = typeof id === 'string' ? uploads.get(id) : undefined;
    if (!upload || upload.sender !== event.sender.id)
      throw new ApiError('invalid-input', message('files:uploadClosed'));
    upload.touched = now();
    return upload;
  };
  const handle = <T>(channel: string, run: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<T>) =>
    ipcMain.handle(channel, async (event, ...args: unknown[]): Promise<Envelope<T>> => {
      if (!isTrustedSender(event)) {
        return {
          ok: false,
          error: { code: 'invalid-input', message: 'This call came from an untrusted page and was refused.' },
        };
      }
      try {
        return { ok: true, value: await run(event, ...args) };
      } catch (error) {
        if (error instanceof ApiError) {
          return {
            ok: false,
            error: { code: error.code, message: error.message, ...(error.text && { text: error.text }) },
          };
        }
        return { ok: false, error: { code: 'io', message: String((error as Error)?.message ?? error) } };
      }
    });

  handle(fileChannels.begin, async (event, name) => {
    sweep();
    const id = randomBytes(24).toString('base64url');
    const sink = await beginUpload(gate, uploadName(typeof name === 'string' ? name : ''), maxBytes);
    uploads.set(id, { sink, sender: event.sender.id, touched: now() });
    return { upload: id };
  });
  handle(fileChannels.chunk, async (event, id, bytes) => {
    const upload = own(event, id);
    if (!(bytes instanceof Uint8Array)) throw new ApiError('invalid-input', message('files:uploadClosed'));
    try {
      await upload.sink.write(bytes);
    } catch (error) {
      uploads.delete(id as string);
      throw error;
    }
    return null;
  });
  handle(fileChannels.finish, async (event, id) => {
    const upload = own(event, id);
    uploads.delete(id as string);
    return upload.sink.finish();
  });
  handle(fileChannels.abort, async (event, id) => {
    const upload = own(event, id);
    uploads.delete(id as string);
    await upload.sink.abort();
    return null;
  });
}
