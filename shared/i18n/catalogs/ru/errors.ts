import type { errors as en } from '../en/errors.ts';
import type { Translation } from '../translation.ts';

/** Русский: errors. */
export const errors: Translation<typeof en> = {};
