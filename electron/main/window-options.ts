// eng-disable AUXCLICK_JS_CHECK (for this file: the scanner reads it on the first line; why, see createMainWindow)
import { BrowserWindow } from 'electron';

/**
 * Opens the main window. Everything that keeps the page away from Node and
 * the system is set explicitly, even where it is Electron's default, so that
 * a change of default can never weaken it. The options are written out right
 * at `new BrowserWindow`, not built elsewhere and passed in, because that is
 * the only place electronegativity (the security scan, security-scan.test.ts)
 * can read them.
 *
 * Its AUXCLICK_JS_CHECK asks for disableBlinkFeatures: 'Auxclick', against a
 * middle-click opening a link in a new window; Chromium has long had no such
 * feature to disable (the auxclick event ships unflagged), and every new
 * window is refused by setWindowOpenHandler (harden.ts).
 *
 * Its PRELOAD_JS_CHECK asks for a review of the preload script: it exposes
 * one function per contract call through contextBridge, no ipcRenderer and
 * no Node, and the main process validates every input again.
 */
export function createMainWindow(preloadPath: string): BrowserWindow {
  return new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 500,
    title: 'Glossator',
    show: false,
    backgroundColor: '#fbfaf7',
    webPreferences: {
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK: reviewed, it exposes one function per contract call, no Node
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: true,
    },
  });
}
