import { type BrowserWindow, dialog } from 'electron';
import type { Translate } from '../../shared/i18n/i18n.ts';
import { wordError } from '../server/cli-language.ts';
import { folderForNewProject, type ProjectSession } from '../core/index.ts';

/**
 * File → New Project… and File → Open Project Folder…: each asks for a
 * folder, opens the project there (a new folder gets an empty project) and
 * reloads the window on it. A project that cannot be opened leaves the
 * window on the one it had. `t` words the dialogs in the user's language
 * at the moment they open.
 */
export function projectCommands(window: BrowserWindow, projects: ProjectSession, t: () => Translate) {
  async function switchTo(dir: string, failure: string): Promise<void> {
    try {
      await projects.open(dir, { withSample: false });
      window.webContents.reload();
    } catch (error) {
      dialog.showErrorBox(failure, errorMessage(error, t()));
    }
  }

  return {
    async openProject(): Promise<void> {
      const picked = await dialog.showOpenDialog(window, {
        title: t()('menu:openTitle'),
        properties: ['openDirectory', 'createDirectory'],
      });
      const dir = picked.filePaths[0];
      if (picked.canceled || !dir) return;
      await switchTo(dir, t()('menu:cannotOpenFolder'));
    },

    async newProject(): Promise<void> {
      const words = t();
      const picked = await dialog.showSaveDialog(window, {
        title: words('menu:newTitle'),
        message: words('menu:newMessage'),
        buttonLabel: words('menu:createButton'),
        nameFieldLabel: words('menu:folderField'),
        properties: ['createDirectory'],
      });
      const dir = picked.filePath;
      if (picked.canceled || !dir) return;
      const failure = words('menu:cannotCreate');
      let holds: Awaited<ReturnType<typeof folderForNewProject>>;
      try {
        holds = await folderForNewProject(dir);
      } catch (error) {
        dialog.showErrorBox(failure, errorMessage(error, words));
        return;
      }
      if (holds === 'taken') {
        dialog.showErrorBox(failure, words('menu:folderTaken', { dir }));
        return;
      }
      // A folder that already holds a project is opened as it is: nothing in it is overwritten.
      await switchTo(dir, failure);
    },
  };
}

/** An error for a dialog: its Message in the user's language when it carries one (ApiError's `text`), else its message. */
export function errorMessage(error: unknown, t: Translate): string {
  return wordError(t, error);
}
