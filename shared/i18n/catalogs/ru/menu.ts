import type { menu as en } from '../en/menu.ts';
import type { Translation } from '../translation.ts';

/** Русский: menu. */
export const menu: Translation<typeof en> = {};
