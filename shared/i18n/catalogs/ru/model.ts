import type { model as en } from '../en/model.ts';
import type { Translation } from '../translation.ts';

/** Русский: слова модели — позиции, типы акторов, кодбук и типы связей по умолчанию. */
export const model: Translation<typeof en> = {
  'stance-supports': 'Поддерживает',
  'stance-opposes': 'Против',
  'stance-neutral': 'Нейтрально',
  'stance-unclear': 'Неясно',
  'actorType-person': 'Персона',
  'actorType-agency': 'Государственный орган или ведомство',
  'actorType-state': 'Государство',
  'actorType-organization': 'Международная организация',
  'actorType-media': 'СМИ',
  'actorType-other': 'Другое',
};
