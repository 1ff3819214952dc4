/**
 * The preload script (CommonJS, sandboxed). It exposes exactly one function
 * per contract call as `window.api`, and the four functions of a file upload
 * as `window.glossatorFiles`, and nothing else: no ipcRenderer, no Node, no
 * generic "invoke", no paths. Inputs are validated again in the main process.
 *
 * Why uploads have their own channels: a file dropped into the window must
 * reach the core as bytes, not as base64 inside a contract call's JSON, and
 * a page cannot hand a path to the core (it has none, and must not name
 * one). So the window reads the File in chunks and sends each as a
 * Uint8Array (structured clone, no encoding); main writes them to its
 * staging folder and answers an open ticket (electron/main/file-uploads.ts).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { callNames, channelOf } from '../../shared/ipc/call-names.ts';
import { fileChannels } from '../../shared/ipc/file-channels.ts';

const api: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const name of callNames) {
  const channel = channelOf(name);
  api[name] = (input: unknown) => ipcRenderer.invoke(channel, input);
}

contextBridge.exposeInMainWorld('api', Object.freeze(api));

contextBridge.exposeInMainWorld(
  'glossatorFiles',
  Object.freeze({
    begin: (name: string) => ipcRenderer.invoke(fileChannels.begin, String(name)),
    chunk: (upload: string, bytes: Uint8Array) => ipcRenderer.invoke(fileChannels.chunk, String(upload), bytes),
    finish: (upload: string) => ipcRenderer.invoke(fileChannels.finish, String(upload)),
    abort: (upload: string) => ipcRenderer.invoke(fileChannels.abort, String(upload)),
  }),
);
