/**
 * The preload script (CommonJS, sandboxed). It exposes exactly one function
 * per contract call as `window.api` and nothing else: no ipcRenderer, no
 * Node, no generic "invoke". Inputs are validated again in the main process.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { callNames, channelOf } from '../../shared/ipc/call-names.ts';

const api: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const name of callNames) {
  const channel = channelOf(name);
  api[name] = (input: unknown) => ipcRenderer.invoke(channel, input);
}

contextBridge.exposeInMainWorld('api', Object.freeze(api));
