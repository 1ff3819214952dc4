import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { callNames, channelOf } from '../../shared/ipc/call-names.ts';
import { fileChannels } from '../../shared/ipc/file-channels.ts';
import { tempDir } from '../core/testing/temp-dir.ts';
import { bindContract, isTrustedSender } from './bind-contract.ts';
import { hardenContents } from './harden.ts';
import { createFakeElectron } from './testing/fake-electron.ts';

const fake = vi.hoisted(() => ({ current: null as ReturnType<typeof createFakeElectron> | null }));
vi.mock('electron', async () => {
  const { createFakeElectron } = await import('./testing/fake-electron.ts');
  fake.current = createFakeElectron();
  return { ...fake.current.module, default: fake.current.module };
});

const trusted = { senderFrame: { url: 'app://glossator/index.html', parent: null } };

describe('binding the contract', () => {
  it('binds every call, and only the calls, to ipcMain', () => {
    const channels: string[] = [];
    bindContract({ handle: (channel) => void channels.push(channel) }, async () => ({ ok: true, value: null }));
    expect(channels.sort()).toEqual(callNames.map(channelOf).sort());
  });

  it('passes a trusted sender’s input to the dispatch and refuses anyone else', async () => {
    const seen: unknown[] = [];
    const handlers = new Map<string, (e: unknown, i: unknown) => Promise<unknown>>();
    bindContract({ handle: (c, fn) => void handlers.set(c, fn as never) }, async (name, input) => {
      seen.push([name, input]);
      return { ok: true, value: 'yes' };
    });
    const call = handlers.get(channelOf('getDocument'));
    expect(await call?.(trusted, { documentId: 'd' })).toEqual({ ok: true, value: 'yes' });
    expect(seen).toEqual([['getDocument', { documentId: 'd' }]]);
    for (const sender of [
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: 'app://glossator/index.html', parent: {} } },
      { senderFrame: { url: 'app://other/index.html', parent: null } },
      { senderFrame: null },
    ]) {
      expect(await call?.(sender, { documentId: 'd' })).toMatchObject({ ok: false });
    }
    expect(seen).toHaveLength(1);
    expect(isTrustedSender(trusted as never)).toBe(true);
  });
});

describe('hardening', () => {
  it('blocks navigation away from the app and every new window', () => {
    const contents = new (createFakeElectron().FakeWebContents)();
    hardenContents(contents as never);
    const navigate = (url: string) => {
      const event = {
        defaultPrevented: false,
        preventDefault() {
          this.defaultPrevented = true;
        },
      };
      contents.emit('will-navigate', event, url);
      return event.defaultPrevented;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://glossator/index.html')).toBe(false);
    expect(contents.windowOpenHandler?.({ url: 'https://x.example' })).toEqual({ action: 'deny' });
  });
});

describe('the Electron entry point', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let electron: ReturnType<typeof createFakeElectron>;

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
    const argv = process.argv;
    process.argv = ['electron', '.', '--project', `${dir}/project`, '--config', `${dir}/config`];
    await import('./index.ts');
    process.argv = argv;
    electron = fake.current!;
    electron.ready();
    await vi.waitFor(() => expect(electron.windows[0]?.loadedUrl).toBeTruthy(), { timeout: 5000 });
  });
  afterAll(async () => {
    await cleanup();
  });

  it('enables the sandbox everywhere and holds the single-instance lock', () => {
    expect(electron.calls).toContain('enableSandbox');
    expect(electron.calls).toContain('requestSingleInstanceLock');
  });

  it('opens one secure window on app://glossator with the CommonJS preload', () => {
    expect(electron.windows).toHaveLength(1);
    const window = electron.windows[0]!;
    expect(window.loadedUrl).toBe('app://glossator/index.html');
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String(prefs.preload)).toMatch(/preload[/\\]index\.cjs$/);
  });

  it('binds every contract call, and they reach the project', async () => {
    // The contract's calls, and the four channels of a file upload (file-uploads.ts).
    const uploads = Object.values(fileChannels);
    expect([...electron.handlers.keys()].sort()).toEqual([...callNames.map(channelOf), ...uploads].sort());
    const info = await electron.handlers.get(channelOf('getProjectInfo'))?.(trusted, {});
    expect(info).toMatchObject({ ok: true, value: { documentCount: 0 } });
  });

  it('denies every permission and every request that is not the app’s own', () => {
    const { session } = electron;
    let granted: boolean | null = null;
    session.permissionRequestHandler?.(null, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(session.permissionCheckHandler?.()).toBe(false);
    const verdict = (url: string) => {
      let cancel: boolean | null = null;
      session.beforeRequest?.({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(verdict('https://cdn.example/x.js')).toBe(true);
    expect(verdict('app://glossator/assets/index.js')).toBe(false);
  });

  it('serves the renderer through the app protocol', () => {
    expect(electron.calls).toContain('protocol.handle app');
    expect(electron.calls.some((c) => c.startsWith('registerSchemesAsPrivileged') && c.includes('"secure":true'))).toBe(
      true,
    );
  });

  it('has File → New Project…, which switches the window to a new, empty project', async () => {
    expect(electron.menuItem('File', 'Open Project Folder…')).toBeDefined();
    electron.answerDialogs({ canceled: false, filePath: `${dir}/second` });
    await electron.menuItem('File', 'New Project…')?.click?.();
    const info = await electron.handlers.get(channelOf('getProjectInfo'))?.(trusted, {});
    expect(info).toMatchObject({ ok: true, value: { path: `${dir}/second`, documentCount: 0 } });
    expect(electron.calls).toContain('reload');
  });

  it('has View → Language, which remembers the language, rebuilds the menu in it and switches the window at once', async () => {
    const english = electron.menuItem('View', 'Language');
    expect(english?.submenu?.map((i) => [i.label, i.type, i.checked])).toEqual([
      ['English', 'radio', true],
      ['Русский', 'radio', false],
    ]);
    await electron.menuItem('View', 'Language', 'Русский')?.click?.();
    await vi.waitFor(() => expect(electron.menuItem('Файл', 'Новый проект…')).toBeDefined());
    expect(electron.menuItem('Правка', 'Выделить всё')).toMatchObject({ role: 'selectAll' });
    expect(electron.menuItem('Вид', 'Язык', 'Русский')?.checked).toBe(true);
    expect(electron.menuItem('File')).toBeUndefined();
    const settings = JSON.parse(await readFile(`${dir}/config/settings.json`, 'utf8'));
    expect(settings.language).toBe('ru');
    expect(electron.calls).toContain(
      `executeJavaScript window.dispatchEvent(new CustomEvent('glossator:language', { detail: "ru" }))`,
    );
    // A new project now comes in Russian, and the dialogs ask in Russian.
    electron.answerDialogs({ canceled: false, filePath: `${dir}/third` });
    await electron.menuItem('Файл', 'Новый проект…')?.click?.();
    expect(electron.dialogs.at(-1)?.options).toMatchObject({ title: 'Новый проект', buttonLabel: 'Создать проект' });
    const codebook = await electron.handlers.get(channelOf('getCodebook'))?.(trusted, {});
    expect(JSON.stringify(codebook)).toContain('Утверждение');

    // Chosen in the window's Settings, the language rebuilds the menu too.
    const answer = await electron.handlers.get(channelOf('setLanguage'))?.(trusted, { language: 'en' });
    expect(answer).toMatchObject({ ok: true });
    expect(electron.menuItem('File', 'New Project…')).toBeDefined();
  });

  it('has File → Export… and Import… (every format), which tell the window to open its dialog (a page event, nothing else)', async () => {
    await electron.menuItem('File', 'Export…')?.click?.();
    await electron.menuItem('File', 'Import…')?.click?.();
    const commands = electron.calls.filter((c) => c.includes('glossator:command'));
    expect(commands).toEqual([
      `executeJavaScript window.dispatchEvent(new CustomEvent("glossator:command", { detail: "exportBundle" }))`,
      `executeJavaScript window.dispatchEvent(new CustomEvent("glossator:command", { detail: "importBundle" }))`,
    ]);
  });

  it('quits only once the project is closed (its last saves and the open catalogue written)', async () => {
    const event = {
      prevented: false,
      preventDefault() {
        this.prevented = true;
      },
    };
    electron.module.app.emit('before-quit', event);
    expect(event.prevented).toBe(true);
    await vi.waitFor(() => expect(electron.calls).toContain('quit'), { timeout: 5000 });
  });
});
