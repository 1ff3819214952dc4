import type { actors as en } from '../en/actors.ts';
import type { Translation } from '../translation.ts';

/** Русский: actors. */
export const actors: Translation<typeof en> = {};
