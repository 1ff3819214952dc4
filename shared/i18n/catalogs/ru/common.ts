import type { common as en } from '../en/common.ts';
import type { Translation } from '../translation.ts';

/** Русский: common. */
export const common: Translation<typeof en> = {};
