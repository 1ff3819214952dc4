import type { settings as en } from '../en/settings.ts';
import type { Translation } from '../translation.ts';

/** Русский: настройки (кто вы, язык). */
export const settings: Translation<typeof en> = {
  title: 'Настройки',
  welcome: 'Добро пожаловать в Glossator! Кто кодирует?',
  yourName: 'Ваше имя',
  nameEmpty: 'Введите имя: коллеги видят его рядом с вашими аннотациями.',
  nameHint:
    'Коллеги видят это имя рядом с вашими аннотациями, когда вы обмениваетесь работой. Каждая аннотация хранит ваш собственный идентификатор, поэтому имя можно изменить в любой момент.',
  save: 'Сохранить',
  saving: 'Сохранение…',
  language: 'Язык',
  languageNotSaved: 'Язык включён, но его не удалось запомнить: {{reason}}',
};
