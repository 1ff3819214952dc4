import { sha1 } from './sha1.ts';

/**
 * What a GUID names. Part of the hashed name, so a tag and a document that
 * share an id still get different GUIDs.
 */
export type RefiGuidKind = 'user' | 'code' | 'source' | 'selection' | 'coding' | 'note' | 'link' | 'case' | 'variable';

/** Glossator's namespace for name-based UUIDs (a fixed random UUID; never change it: every GUID would change). */
const namespace = Uint8Array.from('6f1b6a523c1e4d8a9e3b2b7c4f0d9a61'.match(/../g) ?? [], (h) => Number.parseInt(h, 16));

const hex = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * A REFI-QDA GUID for one of our records: an RFC 4122 version 5 UUID
 * (lowercase, in the XSD's GUIDType pattern) of `kind`, the scope and our
 * id. The same record always gets the same GUID, so exporting twice gives
 * the same file and a re-import can recognise what it already has.
 *
 * Scope: coders and tags travel between projects with their ids (bundles
 * keep them), so they are hashed without the project — the same coder is
 * the same User in every export, the same tag the same Code (a .qdc and a
 * .qdpx of one codebook agree). Everything else is scoped by the project id:
 * generated ids such as "doc-00001" repeat across projects.
 */
export function refiGuid(kind: RefiGuidKind, id: string, projectId: string): string {
  const scoped = kind === 'user' || kind === 'code' ? '' : projectId;
  const name = utf8(`glossator:${kind}:${scoped}:${id}`);
  const bytes = new Uint8Array(namespace.length + name.length);
  bytes.set(namespace);
  bytes.set(name, namespace.length);
  const digest = sha1(bytes);
  digest[6] = ((digest[6] as number) & 0x0f) | 0x50;
  digest[8] = ((digest[8] as number) & 0x3f) | 0x80;
  let out = '';
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) out += '-';
    out += hex[digest[i] as number];
  }
  return out;
}

/** The XSD's GUIDType, for tests and checks. */
export const refiGuidPattern =
  /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;

/** UTF-8 bytes of a string (shared/ has no TextEncoder in every build; our ids are ASCII, the fast case). */
function utf8(value: string): Uint8Array {
  const ascii = new Uint8Array(value.length);
  let i = 0;
  for (; i < value.length && value.charCodeAt(i) < 0x80; i++) ascii[i] = value.charCodeAt(i);
  if (i === value.length) return ascii;
  const out: number[] = [];
  for (const ch of value) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}
