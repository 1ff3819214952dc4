/**
 * The Electron shell: app lifecycle, the one window, the menu, and the
 * contract bound to ipcMain. All work is done by the plain-Node core.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { app, type BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { type Translate, translator } from '../../shared/i18n/i18n.ts';
import { type Language, pickLanguage } from '../../shared/i18n/languages.ts';
import { appCredentialVault } from './git-credentials.ts';
import { createDispatch, createHandlers, defaultProjectDir, sessionForShell } from '../core/index.ts';
import { APP_ORIGIN, APP_SCHEME, createAppProtocolHandler } from './app-protocol.ts';
import { bindContract } from './bind-contract.ts';
import { dialogShell } from './file-dialogs.ts';
import { bindFileUploads } from './file-uploads.ts';
import { hardenApp, hardenSession } from './harden.ts';
import { buildMenu } from './menu.ts';
import { type WindowCommand, windowCommandScript } from '../../shared/ipc/window-commands.ts';
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
    // The system's language, for a user who chose none in Settings (or View → Language).
    const systemLanguage = pickLanguage([...(app.getPreferredSystemLanguages?.() ?? []), app.getLocale()]);
    const projects = await sessionForShell(
      configDir,
      typeof args.coder === 'string' ? args.coder : undefined,
      systemLanguage,
    );
    // Git tokens for the team sync, encrypted by the OS (safeStorage: known only once the app is ready).
    projects.syncSources = { order: 'app', vault: appCredentialVault(configDir) };
    const translators = new Map<Language, Translate>();
    const t = (): Translate => {
      const language = projects.language;
      const found = translators.get(language) ?? translator(language);
      translators.set(language, found);
      return found;
    };
    try {
      await projects.open(projectArg ?? defaultProjectDir(configDir), {
        withSample: projectArg === undefined || args.sample === true,
      });
    } catch (error) {
      dialog.showErrorBox(t()('menu:cannotOpenProject'), errorMessage(error, t()));
      app.quit();
      return;
    }
    const dispatch = createDispatch(createHandlers(projects));
    let showMenu = () => {};
    // A language chosen in the window's Settings rebuilds the menu in it too.
    bindContract(ipcMain, async (name, input) => {
      const answer = await dispatch(name, input);
      if (name === 'setLanguage' && answer.ok) showMenu();
      return answer;
    });

    window = createMainWindow(join(import.meta.dirname, '..', 'preload', 'index.cjs'));
    window.once('ready-to-show', () => window?.show());
    const shown = window;
    // Files: exports and imports go through the system's dialogs; drops arrive over the upload channels.
    projects.files.setShell(dialogShell(shown, projects.files, t, dialog));
    bindFileUploads(ipcMain, projects.files);
    const commands = projectCommands(shown, projects, t);
    showMenu = () => {
      const actions = {
        ...commands,
        setLanguage: (language: Language) => void chooseLanguage(language),
        exportBundle: () => tellWindow('exportBundle'),
        importBundle: () => tellWindow('importBundle'),
        cloneSharedProject: () => tellWindow('cloneSharedProject'),
      };
      Menu.setApplicationMenu(buildMenu(actions, t(), projects.language));
    };
    // View → Language: remembered for this user, the menu rebuilt in it, and the window told to switch at once.
    const chooseLanguage = async (language: Language) => {
      await projects.exclusive(() => projects.identity.setLanguage(language));
      showMenu();
      const event = `window.dispatchEvent(new CustomEvent('glossator:language', { detail: ${JSON.stringify(language)} }))`;
      await shown.webContents.executeJavaScript(event).catch(() => {});
    };
    // File → Export / Import bundle…: the window opens its dialog (a page event, as for the language).
    const tellWindow = (command: WindowCommand) => {
      shown.focus();
      void shown.webContents.executeJavaScript(windowCommandScript(command)).catch(() => {});
    };
    showMenu();
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
