import { formatDate } from '../library/format-date.ts';
import type { Translate } from './i18n.ts';
import type { Message, MessageParams } from './message.ts';

/** How a moment (an ISO time, a `when` parameter) is shown: by default as digits, day first, for logs and files. */
export type MomentWording = (iso: string) => string;

/**
 * A Message in a language: its catalog text with its parameters. A plain
 * string (an undo label or backup step written before labels were codes) is
 * shown as it is; null and undefined give "". Parameters named `when` hold
 * ISO moments, worded by `moment` (the window passes the user's language and
 * time zone).
 */
export function wordMessage(
  t: Translate,
  text: Message | string | null | undefined,
  moment: MomentWording = (iso) => formatDate(iso),
): string {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  const params: MessageParams = { ...text.params };
  if (typeof params.when === 'string') params.when = moment(params.when);
  return (t as unknown as (key: string, params?: MessageParams) => string)(text.key, params);
}

/** A Message's shape as it comes over the wire or from disk: a string key and flat string or number parameters. */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const { key, params } = value as { key?: unknown; params?: unknown };
  if (typeof key !== 'string' || !/^[a-z][A-Za-z]*:[^\s]+$/.test(key)) return false;
  if (params === undefined) return true;
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return false;
  return Object.values(params).every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)));
}
