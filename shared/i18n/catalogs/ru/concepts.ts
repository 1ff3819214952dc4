import type { concepts as en } from '../en/concepts.ts';
import type { Translation } from '../translation.ts';

/** Русский: concepts. */
export const concepts: Translation<typeof en> = {};
