/**
 * English: menu — the Electron shell's menus and its dialogs (electron/main). Keys are the contract between code and
 * catalogs: the Russian catalog has exactly these (plurals with their own forms).
 */
export const menu = {
  file: 'File',
  newProject: 'New Project…',
  openProject: 'Open Project Folder…',
  exportBundle: 'Export…',
  importBundle: 'Import…',
  cloneSharedProject: 'Clone Shared Project…',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  delete: 'Delete',
  selectAll: 'Select All',
  view: 'View',
  language: 'Language',
  reload: 'Reload',
  toggleDevTools: 'Toggle Developer Tools',
  toggleFullScreen: 'Toggle Full Screen',
  cannotOpenProject: 'Glossator cannot open the project',
  openTitle: 'Open or create a project folder',
  cannotOpenFolder: 'Glossator cannot open this folder',
  newTitle: 'New project',
  newMessage: 'Name a new folder for the project, or choose an empty one.',
  createButton: 'Create Project',
  folderField: 'Project folder:',
  cannotCreate: 'Glossator cannot create a project here',
  folderTaken:
    "{{dir}} already holds other files, and a project's files are kept apart from others'. Choose a new or empty folder; to open a project, use File → Open Project Folder….",
} satisfies Record<string, string>;
