import type { search as en } from '../en/search.ts';
import type { Translation } from '../translation.ts';

/** Русский: search. */
export const search: Translation<typeof en> = {};
