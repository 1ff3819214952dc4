import { ApiError } from '../../../shared/ipc/errors.ts';
import { type MessageKey, type MessageParams, message } from '../../../shared/i18n/message.ts';

type After<K> = K extends `bundleFile:${infer R}` ? R : never;
/** The reasons a zip is refused: the keys of the `bundleFile` catalog without their namespace. */
export type ZipRefusalReason = After<MessageKey>;

/** Every refusal of a zip: invalid input, worded by the `bundleFile` catalog. */
export function refusal(reason: ZipRefusalReason, params?: MessageParams): ApiError {
  return new ApiError('invalid-input', message(`bundleFile:${reason}` as MessageKey, params));
}

const shownLength = 80;

/** Control characters, and the invisible marks that reorder text (a name that reads as another). */
export const unsafeCharacter = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const unsafeCharacters = new RegExp(unsafeCharacter.source, 'gu');

/**
 * An entry's name as a message shows it: control characters spelled out
 * (they are why some names are refused, and would otherwise be invisible or
 * break the line) and a long name shortened in its middle, where its two
 * ends say the most.
 */
export function shownName(name: string): string {
  const visible = name.replace(unsafeCharacters, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (visible.length <= shownLength) return visible;
  const points = [...visible];
  if (points.length <= shownLength) return visible;
  const half = Math.floor((shownLength - 1) / 2);
  return `${points.slice(0, half).join('')}…${points.slice(points.length - half).join('')}`;
}

/** Bytes as megabytes with one decimal, for messages (0.1 at least, so a small size never reads as 0). */
export function megabytes(bytes: number): number {
  return Math.max(0.1, Math.round((bytes / (1024 * 1024)) * 10) / 10);
}
