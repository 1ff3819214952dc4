import type { menu as en } from '../en/menu.ts';
import type { Translation } from '../translation.ts';

/** Русский: menu — меню и диалоги оболочки Electron (electron/main). */
export const menu: Translation<typeof en> = {
  file: 'Файл',
  newProject: 'Новый проект…',
  openProject: 'Открыть папку проекта…',
  exportBundle: 'Экспорт…',
  importBundle: 'Импорт…',
  cloneSharedProject: 'Клонировать общий проект…',
  quit: 'Выход',
  edit: 'Правка',
  undo: 'Отменить',
  redo: 'Повторить',
  cut: 'Вырезать',
  copy: 'Копировать',
  paste: 'Вставить',
  delete: 'Удалить',
  selectAll: 'Выделить всё',
  view: 'Вид',
  language: 'Язык',
  reload: 'Перезагрузить',
  toggleDevTools: 'Инструменты разработчика',
  toggleFullScreen: 'Полноэкранный режим',
  cannotOpenProject: 'Glossator не может открыть проект',
  openTitle: 'Открыть или создать папку проекта',
  cannotOpenFolder: 'Glossator не может открыть эту папку',
  newTitle: 'Новый проект',
  newMessage: 'Назовите новую папку для проекта или выберите пустую.',
  createButton: 'Создать проект',
  folderField: 'Папка проекта:',
  cannotCreate: 'Glossator не может создать здесь проект',
  folderTaken:
    'В папке {{dir}} уже есть другие файлы, а файлы проекта хранятся отдельно от чужих. Выберите новую или пустую папку; чтобы открыть проект, выберите «Файл → Открыть папку проекта…».',
};
