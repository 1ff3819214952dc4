import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ZipWriteEntry, writeZip } from '../../bundles/zip-writer.ts';

/** Hand-made REFI-QDA files for the import's tests: the XML written out, zipped with our own writer. */

export const U1 = '0F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A';
export const U2 = '{1A2B3C4D-5E6F-4789-9ABC-DEF012345678}';
export const C_ROOT = 'A1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF';
export const C_MID = 'B1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF';
export const C_LEAF = 'C1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF';

/** A GUID made from a small number, in the standard's pattern. */
export function guid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** Escapes text for an XML attribute or element. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface TestSelection {
  guid: string;
  start: number;
  end: number;
  codes: string[];
  user?: string;
  name?: string;
  description?: string;
  noteRefs?: string[];
}

export function selectionXml(s: TestSelection, codingGuid: (i: number) => string): string {
  const user = s.user ? ` creatingUser="${s.user}"` : '';
  const name = s.name !== undefined ? ` name="${esc(s.name)}"` : '';
  const codings = s.codes
    .map((c, i) => `<Coding guid="${codingGuid(i)}"${user}><CodeRef targetGUID="${c}"/></Coding>`)
    .join('');
  const description = s.description ? `<Description>${esc(s.description)}</Description>` : '';
  const notes = (s.noteRefs ?? []).map((n) => `<NoteRef targetGUID="${n}"/>`).join('');
  return `<PlainTextSelection guid="${s.guid}"${name} startPosition="${s.start}" endPosition="${s.end}"${user} creationDateTime="2024-05-01T10:05:00Z">${description}${codings}${notes}</PlainTextSelection>`;
}

/** A project.qde around the given parts (Users, CodeBook, Sources, Notes, Links), in the standard's order. */
export function projectXml(parts: {
  origin?: string;
  users?: string;
  codes?: string;
  sources?: string;
  notes?: string;
  links?: string;
  prolog?: string;
  basePath?: string;
}): string {
  const origin =
    (parts.origin === undefined ? '' : ` origin="${esc(parts.origin)}"`) +
    (parts.basePath === undefined ? '' : ` basePath="${esc(parts.basePath)}"`);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    parts.prolog ?? '',
    `<Project xmlns="urn:QDA-XML:project:1.0" name="test project"${origin} creatingUserGUID="${U1}" creationDateTime="2024-05-01T10:00:00Z">`,
    `<Users>${parts.users ?? `<User guid="${U1}" name="Alice"/><User guid="${U2}" name="Борис"/>`}</Users>`,
    parts.codes === undefined
      ? `<CodeBook><Codes><Code guid="${C_ROOT}" name="claim &amp; co" isCodable="true" color="#FF0000"><Description>A policy claim</Description><Code guid="${C_MID}" name="causal" isCodable="true" color="#0a0"><Code guid="${C_LEAF}" name="leaf" isCodable="true"/></Code></Code></Codes></CodeBook>`
      : parts.codes,
    parts.sources === undefined ? '' : `<Sources>${parts.sources}</Sources>`,
    parts.notes === undefined ? '' : `<Notes>${parts.notes}</Notes>`,
    parts.links === undefined ? '' : `<Links>${parts.links}</Links>`,
    '</Project>',
  ].join('\n');
}

/** Writes a .qdpx of these entries into `dir` and returns its path. */
export async function writeQdpxFile(
  dir: string,
  name: string,
  entries: Record<string, string | Buffer>,
): Promise<string> {
  const path = join(dir, name);
  const list: ZipWriteEntry[] = Object.entries(entries).map(([entry, data]) => ({ name: entry, data }));
  await writeZip(path, list);
  return path;
}

/** Writes a plain file into `dir` and returns its path. */
export async function writePlain(dir: string, name: string, data: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, data);
  return path;
}
