import type { network as en } from '../en/network.ts';
import type { Translation } from '../translation.ts';

/** Русский: network. */
export const network: Translation<typeof en> = {};
