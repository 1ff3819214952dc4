import type { reader as en } from '../en/reader.ts';
import type { Translation } from '../translation.ts';

/** Русский: reader. */
export const reader: Translation<typeof en> = {};
