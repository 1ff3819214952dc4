import type { importing as en } from '../en/importing.ts';
import type { Translation } from '../translation.ts';

/** Русский: importing. */
export const importing: Translation<typeof en> = {};
