import type { codebook as en } from '../en/codebook.ts';
import type { Translation } from '../translation.ts';

/** Русский: codebook. */
export const codebook: Translation<typeof en> = {};
