import type { Envelope } from '../../../shared/ipc/errors.ts';
import type { OpenedFile } from '../../../shared/ipc/file-ticket.ts';

/**
 * What Electron's preload exposes for files dropped into the window (see
 * electron/preload/index.ts): an upload in chunks over one IPC channel, so a
 * file's bytes never travel as base64 inside a contract call.
 */
export interface FileBridge {
  begin(name: string): Promise<Envelope<{ upload: string }>>;
  chunk(upload: string, bytes: Uint8Array): Promise<Envelope<null>>;
  finish(upload: string): Promise<Envelope<OpenedFile>>;
  abort(upload: string): Promise<Envelope<null>>;
}

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser. */
    glossatorFiles?: FileBridge;
  }
}
