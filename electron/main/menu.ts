import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Translate } from '../../shared/i18n/i18n.ts';
import { type Language, languageNames, languages } from '../../shared/i18n/languages.ts';

export interface MenuActions {
  newProject: () => void;
  openProject: () => void;
  /** File → Export bundle… and Import bundle…: the window opens its dialog (the choices are the window's). */
  exportBundle: () => void;
  importBundle: () => void;
  /** File → Clone Shared Project…: the window opens its Team sync panel on the clone section. */
  cloneSharedProject: () => void;
  /** View → Language: remembers the language, rebuilds the menu in it and switches the window at once. */
  setLanguage: (language: Language) => void;
}

/**
 * The application menu in the user's language: project commands, the
 * standard edit and view roles (each labelled here, since Electron labels
 * roles in English), and View → Language, each language named in itself.
 */
export function buildMenu(actions: MenuActions, t: Translate, language: Language): Menu {
  const template: MenuItemConstructorOptions[] = [
    {
      label: t('menu:file'),
      submenu: [
        { label: t('menu:newProject'), accelerator: 'CmdOrCtrl+N', click: () => actions.newProject() },
        { label: t('menu:openProject'), accelerator: 'CmdOrCtrl+O', click: () => actions.openProject() },
        { label: t('menu:cloneSharedProject'), click: () => actions.cloneSharedProject() },
        { type: 'separator' },
        { label: t('menu:exportBundle'), click: () => actions.exportBundle() },
        { label: t('menu:importBundle'), click: () => actions.importBundle() },
        { type: 'separator' },
        { role: 'quit', label: t('menu:quit') },
      ],
    },
    {
      label: t('menu:edit'),
      submenu: [
        { role: 'undo', label: t('menu:undo') },
        { role: 'redo', label: t('menu:redo') },
        { type: 'separator' },
        { role: 'cut', label: t('menu:cut') },
        { role: 'copy', label: t('menu:copy') },
        { role: 'paste', label: t('menu:paste') },
        { role: 'delete', label: t('menu:delete') },
        { type: 'separator' },
        { role: 'selectAll', label: t('menu:selectAll') },
      ],
    },
    {
      label: t('menu:view'),
      submenu: [
        {
          label: t('menu:language'),
          submenu: languages.map(
            (option): MenuItemConstructorOptions => ({
              label: languageNames[option],
              type: 'radio',
              checked: option === language,
              click: () => actions.setLanguage(option),
            }),
          ),
        },
        { type: 'separator' },
        { role: 'reload', label: t('menu:reload') },
        { role: 'toggleDevTools', label: t('menu:toggleDevTools') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('menu:toggleFullScreen') },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
