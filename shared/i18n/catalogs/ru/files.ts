import type { files as en } from '../en/files.ts';
import type { Translation } from '../translation.ts';

/** Русский: файлы между окном и ядром: диалоги сохранения и открытия, загрузки, скачивания. */
export const files: Translation<typeof en> = {
  saved: 'Сохранено: {{name}}',
  noChooser: 'Здесь нельзя выбрать файл.',
  openNotOffered: 'В браузере выберите файл в окне: он будет загружен в Glossator.',
  unknownTicket: 'Выбранный файл больше недоступен (он уже использован или ждал слишком долго). Выберите его снова.',
  uploadClosed: 'Эта загрузка уже завершена.',
  tooLarge: 'Файл больше {{max}} МБ.',
  uploadAborted: 'Загрузка файла {{name}} прервалась, файл получен не целиком.',
  'filter-bundle': 'Пакеты Glossator',
  'filter-codebook': 'Кодбуки Glossator',
  'filter-graphml': 'Сети GraphML',
  'filter-csv': 'Таблицы CSV',
  'filter-document': 'Документы',
  'filter-exchange': 'Пакеты, REFI-QDA, W3C Web Annotation, brat',
  'filter-qdpx': 'Проекты REFI-QDA',
  'filter-qdc': 'Кодбуки REFI-QDA',
  'filter-w3c': 'W3C Web Annotation (JSON-LD)',
  'filter-zip': 'Zip-архивы',
  filterAll: 'Все файлы',
  codebookFileName: '{{project}} — кодбук.json',
  graphmlFileName: '{{project}} — сеть {{kind}}.graphml',
};
