import type { help as en } from '../en/help.ts';
import type { Translation } from '../translation.ts';

/** Русский: help. */
export const help: Translation<typeof en> = {};
