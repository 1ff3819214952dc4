/**
 * The Electron shell: app lifecycle, the one window, the menu, and the
 * contract bound to ipcMain. All work is done by the plain-Node core.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { app, type BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { createDispatch, createHandlers, defaultProjectDir, sessionForShell } from '../core/index.ts';
import { APP_ORIGIN, APP_SCHEME, createAppProtocolHandler } from './app-protocol.ts';
import { bindContract } from './bind-contract.ts';
import { hardenApp, hardenSession } from './harden.ts';
import { buildMenu } from './menu.ts';
import { errorMessage, projectCommands } from './project-commands.ts';
import { createMainWindow } from './window-options.ts';

const { values: args } = parseArgs({
  args: process.argv.slice(app.isPackaged ? 1 : 2),
  options: {
    project: { type: 'string' },
    config: { type: 'string' },
    coder: { type: 'string' },
    sample: { type: 'boolean' },
  },
  strict: false,
});
if (typeof args.config === 'string') app.setPath('userData', resolve(args.config));

app.enableSandbox();
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
hardenApp(app);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let window: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(join(import.meta.dirname, '..', 'renderer')));

    const configDir = app.getPath('userData');
    const projectArg = typeof args.project === 'string' ? resolve(args.project) : undefined;
    const projects = await sessionForShell(configDir, typeof args.coder === 'string' ? args.coder : undefined);
    try {
      await projects.open(projectArg ?? defaultProjectDir(configDir), {
        withSample: projectArg === undefined || args.sample === true,
      });
    } catch (error) {
      dialog.showErrorBox('Glossator cannot open the project', errorMessage(error));
      app.quit();
      return;
    }
    bindContract(ipcMain, createDispatch(createHandlers(projects)));

    window = createMainWindow(join(import.meta.dirname, '..', 'preload', 'index.cjs'));
    window.once('ready-to-show', () => window?.show());
    Menu.setApplicationMenu(buildMenu(projectCommands(window, projects)));
    await window.loadURL(`${APP_ORIGIN}/index.html`);
    // Quit only once the project is closed: its last saves are written and the open catalogue with them.
    let closed = false;
    app.on('before-quit', (event) => {
      if (closed) return;
      event.preventDefault();
      void projects.close().finally(() => {
        closed = true;
        app.quit();
      });
    });
  });
}
