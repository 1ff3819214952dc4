import { type BrowserWindow, dialog } from 'electron';
import { ApiError } from '../../shared/ipc/errors.ts';
import { folderForNewProject, type ProjectSession } from '../core/index.ts';

/**
 * File → New Project… and File → Open Project Folder…: each asks for a
 * folder, opens the project there (a new folder gets an empty project) and
 * reloads the window on it. A project that cannot be opened leaves the
 * window on the one it had.
 */
export function projectCommands(window: BrowserWindow, projects: ProjectSession) {
  async function switchTo(dir: string, failure: string): Promise<void> {
    try {
      await projects.open(dir, { withSample: false });
      window.webContents.reload();
    } catch (error) {
      dialog.showErrorBox(failure, errorMessage(error));
    }
  }

  return {
    async openProject(): Promise<void> {
      const picked = await dialog.showOpenDialog(window, {
        title: 'Open or create a project folder',
        properties: ['openDirectory', 'createDirectory'],
      });
      const dir = picked.filePaths[0];
      if (picked.canceled || !dir) return;
      await switchTo(dir, 'Glossator cannot open this folder');
    },

    async newProject(): Promise<void> {
      const picked = await dialog.showSaveDialog(window, {
        title: 'New project',
        message: 'Name a new folder for the project, or choose an empty one.',
        buttonLabel: 'Create Project',
        nameFieldLabel: 'Project folder:',
        properties: ['createDirectory'],
      });
      const dir = picked.filePath;
      if (picked.canceled || !dir) return;
      const failure = 'Glossator cannot create a project here';
      let holds: Awaited<ReturnType<typeof folderForNewProject>>;
      try {
        holds = await folderForNewProject(dir);
      } catch (error) {
        dialog.showErrorBox(failure, errorMessage(error));
        return;
      }
      if (holds === 'taken') {
        dialog.showErrorBox(
          failure,
          `${dir} already holds other files, and a project's files are kept apart from others'. Choose a new or empty folder; to open a project, use File → Open Project Folder….`,
        );
        return;
      }
      // A folder that already holds a project is opened as it is: nothing in it is overwritten.
      await switchTo(dir, failure);
    },
  };
}

export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : String((error as Error)?.message ?? error);
}
