import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  newProject: () => void;
  openProject: () => void;
}

/** The application menu: project commands plus the standard edit and view roles. */
export function buildMenu(actions: MenuActions): Menu {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'New Project…', accelerator: 'CmdOrCtrl+N', click: () => actions.newProject() },
        { label: 'Open Project Folder…', accelerator: 'CmdOrCtrl+O', click: () => actions.openProject() },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
