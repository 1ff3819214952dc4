import { EventEmitter } from 'node:events';

type PermissionRequest = (c: unknown, p: string, cb: (ok: boolean) => void) => void;
type BeforeRequest = (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;

export interface FakeSession {
  permissionRequestHandler: PermissionRequest | null;
  permissionCheckHandler: (() => boolean) | null;
  beforeRequest: BeforeRequest | null;
}

/** A menu item as the shell's template gives it. */
export interface FakeMenuItem {
  label?: string;
  role?: string;
  type?: string;
  checked?: boolean;
  click?: () => unknown;
  submenu?: FakeMenuItem[];
}

/** What the next file dialog answers, as Electron's showOpenDialog / showSaveDialog would. */
export type DialogAnswer = { canceled: boolean; filePaths?: string[]; filePath?: string };

export interface FakeElectron {
  /** What `import … from 'electron'` returns. */
  module: { app: EventEmitter } & Record<string, unknown>;
  calls: string[];
  handlers: Map<string, (event: unknown, input: unknown) => Promise<unknown>>;
  windows: Array<{ options: Record<string, unknown>; loadedUrl: string | null }>;
  session: FakeSession;
  /** The items of the menu the shell set, found by label (File, then New Project…). */
  menuItem: (...labels: string[]) => FakeMenuItem | undefined;
  /** Queues the answers of the next file dialogs; with none queued a dialog is cancelled. */
  answerDialogs: (...answers: DialogAnswer[]) => void;
  /** The options every file dialog was opened with, in order. */
  dialogs: Array<{ kind: 'open' | 'save'; options: Record<string, unknown> }>;
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
  let menu: FakeMenuItem[] = [];
  const answers: DialogAnswer[] = [];
  const dialogs: FakeElectron['dialogs'] = [];
  const answer = (kind: 'open' | 'save', options: Record<string, unknown>) => {
    dialogs.push({ kind, options });
    return answers.shift() ?? { canceled: true, filePaths: [] };
  };
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
    async executeJavaScript(code: string) {
      calls.push(`executeJavaScript ${code}`);
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
    /** The system's language, as Electron reports it; tests may change it before the shell starts. */
    locale: 'en-US',
    getLocale: () => app.locale,
    getPreferredSystemLanguages: () => [app.locale],
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
    // A machine with no keyring (Linux without a secret service): the sync's vault keeps nothing.
    safeStorage: {
      isEncryptionAvailable: () => false,
      getSelectedStorageBackend: () => 'basic_text',
      encryptString: (text: string) => Buffer.from(text),
      decryptString: (data: Buffer) => data.toString(),
    },
    Menu: {
      buildFromTemplate: (template: FakeMenuItem[]) => ({ template }),
      setApplicationMenu: (built: { template: FakeMenuItem[] }) => {
        calls.push('setApplicationMenu');
        menu = built.template;
      },
    },
    dialog: {
      showErrorBox: (title: string, body: string) => calls.push(`error ${title}: ${body}`),
      // Electron's signature is (window, options) or (options).
      showOpenDialog: async (...args: unknown[]) => answer('open', args.at(-1) as Record<string, unknown>),
      showSaveDialog: async (...args: unknown[]) => answer('save', args.at(-1) as Record<string, unknown>),
    },
    contextBridge: { exposeInMainWorld: () => {} },
    ipcRenderer: { invoke: async () => undefined },
  };

  const menuItem = (...labels: string[]) => {
    let items: FakeMenuItem[] | undefined = menu;
    let item: FakeMenuItem | undefined;
    for (const label of labels) {
      item = items?.find((i) => i.label === label);
      items = item?.submenu;
    }
    return item;
  };

  return {
    module,
    calls,
    handlers,
    windows,
    session,
    menuItem,
    answerDialogs: (...next) => void answers.push(...next),
    dialogs,
    FakeWebContents,
    ready: () => readyResolve(),
  };
}
