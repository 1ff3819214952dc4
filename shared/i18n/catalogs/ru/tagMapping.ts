import type { tagMapping as en } from '../en/tagMapping.ts';
import type { Translation } from '../translation.ts';

/** Русский: Соответствие тегов. */
export const tagMapping: Translation<typeof en> = {
  title: 'Соответствие тегов',
};
