import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { callNames, channelOf } from '../../shared/ipc/call-names.ts';
import type { Envelope } from '../../shared/ipc/errors.ts';
import type { Dispatch } from '../core/services/dispatch.ts';
import { APP_ORIGIN } from './app-protocol.ts';

/**
 * A sender is trusted when it is the top frame of our own page, loaded
 * from app://glossator. Anything else (a navigated-away frame, an iframe,
 * devtools) is refused before its input is even read.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent) return false;
  try {
    // URL.origin is "null" for custom schemes, so compare scheme and host.
    const url = new URL(frame.url);
    return `${url.protocol}//${url.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/** Binds every contract call to ipcMain.handle; the dispatch validates the input. */
export function bindContract(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch): void {
  for (const name of callNames) {
    ipcMain.handle(channelOf(name), async (event, input: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event)) {
        return {
          ok: false,
          error: { code: 'invalid-input', message: 'This call came from an untrusted page and was refused.' },
        };
      }
      return dispatch(name, input);
    });
  }
}
