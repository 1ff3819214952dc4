import type { notices as en } from '../en/notices.ts';
import type { Translation } from '../translation.ts';

/** Русский: уведомления после действий (сохранено, не удалось, отменено). */
export const notices: Translation<typeof en> = {};
