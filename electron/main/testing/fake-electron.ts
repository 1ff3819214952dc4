import { EventEmitter } from 'node:events';

type PermissionRequest = (c: unknown, p: string, cb: (ok: boolean) => void) => void;
type BeforeRequest = (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;

export interface FakeSession {
  permissionRequestHandler: PermissionRequest | null;
  permissionCheckHandler: (() => boolean) | null;
  beforeRequest: BeforeRequest | null;
}

export interface FakeElectron {
  /** What `import … from 'electron'` returns. */
  module: { app: EventEmitter } & Record<string, unknown>;
  calls: string[];
  handlers: Map<string, (event: unknown, input: unknown) => Promise<unknown>>;
  windows: Array<{ options: Record<string, unknown>; loadedUrl: string | null }>;
  session: FakeSession;
  FakeWebContents: new () => EventEmitter & { windowOpenHandler: ((details: unknown) => unknown) | null };
  /** Resolves app.whenReady(). */
  ready: () => void;
}

/**
 * A stand-in for the `electron` module, so the shell can be tested in
 * plain Node: it records what the shell asks of Electron.
 */
export function createFakeElectron(): FakeElectron {
  const calls: string[] = [];
  const handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
  const windows: FakeWindow[] = [];
  const paths = new Map<string, string>();
  let readyResolve: () => void = () => {};
  const ready = new Promise<void>((r) => (readyResolve = r));

  class FakeWebContents extends EventEmitter {
    id = 1;
    windowOpenHandler: ((details: unknown) => unknown) | null = null;
    setWindowOpenHandler(fn: (details: unknown) => unknown) {
      this.windowOpenHandler = fn;
    }
    reload() {
      calls.push('reload');
    }
  }

  class FakeWindow extends EventEmitter {
    webContents = new FakeWebContents();
    loadedUrl: string | null = null;
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
    async loadURL(url: string) {
      this.loadedUrl = url;
    }
    show() {}
    focus() {}
    isMinimized() {
      return false;
    }
    restore() {}
  }

  const session = {
    permissionRequestHandler: null as null | PermissionRequest,
    permissionCheckHandler: null as null | (() => boolean),
    beforeRequest: null as null | BeforeRequest,
    setPermissionRequestHandler(fn: PermissionRequest) {
      session.permissionRequestHandler = fn;
    },
    setPermissionCheckHandler(fn: () => boolean) {
      session.permissionCheckHandler = fn;
    },
    webRequest: {
      onBeforeRequest(fn: BeforeRequest) {
        session.beforeRequest = fn;
      },
    },
  };

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    enableSandbox: () => calls.push('enableSandbox'),
    requestSingleInstanceLock: () => {
      calls.push('requestSingleInstanceLock');
      return true;
    },
    whenReady: () => ready,
    quit: () => calls.push('quit'),
    getPath: (name: string) => paths.get(name) ?? `/nonexistent/${name}`,
    setPath: (name: string, value: string) => paths.set(name, value),
  });

  const module = {
    app,
    BrowserWindow: FakeWindow,
    ipcMain: {
      handle: (channel: string, fn: (event: unknown, input: unknown) => Promise<unknown>) => {
        if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        handlers.set(channel, fn);
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) =>
        calls.push(`registerSchemesAsPrivileged ${JSON.stringify(schemes)}`),
      handle: (scheme: string) => calls.push(`protocol.handle ${scheme}`),
    },
    session: { defaultSession: session },
    Menu: {
      buildFromTemplate: (t: unknown) => ({ template: t }),
      setApplicationMenu: () => calls.push('setApplicationMenu'),
    },
    dialog: {
      showErrorBox: (title: string, body: string) => calls.push(`error ${title}: ${body}`),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    },
    contextBridge: { exposeInMainWorld: () => {} },
    ipcRenderer: { invoke: async () => undefined },
  };

  return { module, calls, handlers, windows, session, FakeWebContents, ready: () => readyResolve() };
}
