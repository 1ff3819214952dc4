import type { Tag } from '../../model/codebook.ts';
import { refiGuid } from './refi-guid.ts';
import { attribute, textElement } from './refi-xml.ts';

/** The REFI-QDA namespaces (spec 5.2 and 5.3). */
export const codebookNamespace = 'urn:QDA-XML:codebook:1.0';
export const projectNamespace = 'urn:QDA-XML:project:1.0';

/**
 * The codebook's tags as REFI-QDA Codes, nested as the tags are (to any
 * depth), each with its colour and description, every one codable. The
 * same element serves the project (CodeBook/Codes) and the .qdc codebook:
 * a Code's content model is the same in both schemas as far as we fill it.
 * A tag whose parent is missing, or that sits in a cycle, is written at the
 * top rather than lost.
 */
export function codesXml(tags: readonly Tag[], indent: string): string[] {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const children = new Map<string | null, Tag[]>();
  for (const tag of tags) {
    const parent = tag.parent !== null && byId.has(tag.parent) && tag.parent !== tag.id ? tag.parent : null;
    const list = children.get(parent);
    if (list) list.push(tag);
    else children.set(parent, [tag]);
  }
  const written = new Set<string>();
  const lines: string[] = [];
  const write = (tag: Tag, depth: number) => {
    written.add(tag.id);
    const pad = indent + '  '.repeat(depth);
    const open = `${pad}<Code${attribute('guid', refiGuid('code', tag.id, ''))}${attribute('name', tag.name)} isCodable="true"${attribute('color', tag.color)}`;
    const kids = (children.get(tag.id) ?? []).filter((k) => !written.has(k.id));
    if (!tag.description && kids.length === 0) {
      lines.push(`${open}/>`);
      return;
    }
    lines.push(`${open}>`);
    if (tag.description) lines.push(`${pad}  ${textElement('Description', tag.description)}`);
    for (const kid of kids) if (!written.has(kid.id)) write(kid, depth + 1);
    lines.push(`${pad}</Code>`);
  };
  for (const root of children.get(null) ?? []) write(root, 0);
  // Tags in a cycle of parents have no way down from a root: each is written at the top.
  for (const tag of tags) if (!written.has(tag.id)) write(tag, 0);
  return lines;
}

/**
 * A REFI-QDA codebook (.qdc, spec 5.2): the Codes alone, UTF-8, no BOM.
 * The schema needs at least one Code: the caller refuses an empty codebook.
 */
export function writeCodebookQdc(tags: readonly Tag[], origin: string): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<CodeBook xmlns="${codebookNamespace}"${attribute('origin', origin)}>`,
    '  <Codes>',
    ...codesXml(tags, '    '),
    '  </Codes>',
    '</CodeBook>',
    '',
  ].join('\n');
}
