import { message } from '../../i18n/message.ts';
import { IdSchema } from '../../model/ids.ts';
import { RefiProblem } from './read-problem.ts';

/** Two 32-bit FNV-1a hashes (different seeds) of a string's UTF-16 units, as 16 hex digits: stable, not secret. */
export function stableHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 + 2) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** An id made from what names a record that has no GUID of its own (a link type by its name, a file). */
export function derivedId(prefix: string, of: string): string {
  return `${prefix}-${stableHash(of)}`;
}

/**
 * Our id for a REFI GUID: the GUID itself, lower case and without braces
 * (GUIDs are case-insensitive, and tools write both), so a re-import of the
 * same file gives the same ids. Something else in a GUID attribute is hashed
 * into an id that fits ours.
 */
export function idOfGuid(guid: string): string {
  const plain = guid
    .trim()
    .replace(/^\{(.*)\}$/, '$1')
    .toLowerCase();
  return IdSchema.safeParse(plain).success ? plain : derivedId('g', plain);
}

/** What kind of record each GUID of a file names: one GUID, one record (the importer keys records by id). */
export class GuidKinds {
  private readonly kinds = new Map<string, string>();

  add(kind: string, guid: string, file: string): string {
    const id = idOfGuid(guid);
    const known = this.kinds.get(id);
    if (known !== undefined)
      throw new RefiProblem(message('exchange:refi-guidTwice', { file, guid, first: known, second: kind }));
    this.kinds.set(id, kind);
    return id;
  }

  kindOf(guid: string): string | undefined {
    return this.kinds.get(idOfGuid(guid));
  }
}
