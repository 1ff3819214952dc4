import type { links as en } from '../en/links.ts';
import type { Translation } from '../translation.ts';

/** Русский: links. */
export const links: Translation<typeof en> = {};
