import { TimestampSchema } from '../../model/ids.ts';
import { stableHash } from './read-ids.ts';
import { paletteColour } from '../import-palette.ts';

/** A REFI colour (#RRGGBB or #RGB, any case) as ours (#rrggbb); a stable palette colour when absent or malformed. */
export function colourOf(color: string | null, guid: string): string {
  const long = color && /^#([0-9a-f]{6})$/i.exec(color);
  if (long) return `#${(long[1] as string).toLowerCase()}`;
  const short = color && /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  if (short)
    return `#${short
      .slice(1)
      .map((d) => `${d}${d}`.toLowerCase())
      .join('')}`;
  // Stable per code: from its GUID.
  return paletteColour(stableHash(guid).slice(0, 8));
}

/** An xsd:dateTime as our timestamp (ISO 8601 with a zone); one without a zone is taken as UTC; null when unreadable. */
export function timestampOf(value: string | null): string | null {
  if (value === null) return null;
  if (TimestampSchema.safeParse(value).success) return value;
  const zoned = /(?:Z|[+-]\d{2}:\d{2})$/.test(value) ? value : `${value}Z`;
  const time = Date.parse(zoned);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** A name fit for our records: trimmed, at most `max` characters, `fallback` when blank. */
export function nameOf(name: string | null, fallback: string, max: number): string {
  const trimmed = (name ?? '').trim();
  return (trimmed || fallback).slice(0, max).trim() || fallback.slice(0, max);
}

/** Texts joined by a blank line, blanks left out, cut to `max` characters. */
export function joinTexts(texts: readonly string[], max: number): string {
  return texts
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .join('\n\n')
    .slice(0, max);
}
