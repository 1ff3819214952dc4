import { IdSchema } from '../../model/ids.ts';
import { sha1 } from '../refi/sha1.ts';

/** UTF-8 bytes of a string (shared/ has no TextEncoder in its types; lone surrogates become U+FFFD). */
function utf8(value: string): Uint8Array {
  const out: number[] = [];
  for (const ch of value) {
    let c = ch.codePointAt(0) as number;
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

/**
 * The IRIs a Glossator W3C export gives its records: a URN of our own,
 * `urn:glossator:<kind>:<our id>`, so the ids are stable from ours (a second
 * export names the same annotation the same way, and our import takes our id
 * back out of it). Our ids are not UUIDs, so `urn:uuid:` would not fit them.
 */
export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The official context's URL, as the specification and the tools spell it (http and https). */
export const W3C_CONTEXTS: readonly string[] = [W3C_CONTEXT, 'https://www.w3.org/ns/anno.jsonld'];

export type IriKind =
  | 'annotation'
  | 'link'
  | 'document'
  | 'coder'
  | 'tag'
  | 'actor'
  | 'concept'
  | 'link-type'
  | 'collection'
  | 'page';

const PREFIX = 'urn:glossator:';

/** Our IRI of a record. */
export function iri(kind: IriKind, id: string): string {
  return `${PREFIX}${kind}:${id}`;
}

/** Our id inside one of our IRIs of `kind`, or null for any other IRI. */
export function idFromIri(value: unknown, kind: IriKind): string | null {
  if (typeof value !== 'string') return null;
  const head = `${PREFIX}${kind}:`;
  if (!value.startsWith(head)) return null;
  const id = value.slice(head.length);
  return IdSchema.safeParse(id).success ? id : null;
}

const UUID = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/**
 * A stable id of ours for a foreign IRI (or name): the UUID of a `urn:uuid:`
 * (it fits our ids), else a hash of it, so importing the same file again
 * gives the same ids and changes nothing.
 */
export function foreignId(value: string, kind: string): string {
  const uuid = UUID.exec(value);
  if (uuid?.[1]) return uuid[1].toLowerCase();
  const hex = [...sha1(utf8(value)).subarray(0, 12)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `w3c-${kind}-${hex}`;
}
