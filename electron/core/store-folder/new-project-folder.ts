import { readdir } from 'node:fs/promises';

/** The file that makes a folder a project, as the store names it (project-layout's projectFile). */
const PROJECT_FILE = 'project.json';

/** What a file manager leaves in a folder it has only shown: it does not make the folder taken. */
const FILE_MANAGER_LITTER = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

/**
 * What the folder chosen for a new project holds: nothing yet ("free": a
 * new or empty folder, where the project is created), a project already
 * ("project": it is opened, nothing in it is overwritten), or other files
 * ("taken": refused, so that a project's files never mix with others'). A
 * path that is not a folder counts as free: opening it refuses it with its
 * own message (prepareProjectFolder).
 */
export async function folderForNewProject(dir: string): Promise<'free' | 'project' | 'taken'> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'free';
    throw error;
  }
  if (entries.includes(PROJECT_FILE)) return 'project';
  return entries.every((name) => FILE_MANAGER_LITTER.has(name)) ? 'free' : 'taken';
}
