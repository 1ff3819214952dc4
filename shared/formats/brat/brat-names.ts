import { tagsInTreeOrder } from '../../codebook/tag-tree.ts';
import type { Tag } from '../../model/codebook.ts';
import type { LinkType } from '../../model/link.ts';

/**
 * Names brat can hold. A type name is one token in annotation.conf and in
 * every .ann line, so it is made of letters (any script), digits, "_" and
 * "-", starts with a letter, and is unique across entities, relations,
 * attributes and normalisation types (brat keeps them in one namespace).
 */

/** Attribute and normalisation types the export itself uses: never given to a tag or a link type. */
export const bratReserved = ['Stance', 'Date', 'Reference', 'Speaker', 'Addressee', 'Concept', 'AnnotatorNotes'];

/** Every character some brat reader takes as the end of a line (Python's splitlines, universal newlines). */
const lineBreakClass = '[\\n\\r\\v\\f\\u001c-\\u001e\\u0085\\u2028\\u2029]';
export const bratLineBreak = new RegExp(lineBreakClass);
const lineBreaks = new RegExp(lineBreakClass, 'g');

/** Text for a single-line field (a name after a tab, a label): line breaks and tabs become spaces. */
export function oneLine(value: string): string {
  return value.replace(lineBreaks, ' ').replaceAll('\t', ' ');
}

const maxTypeLength = 60;

/** A brat token for `name`: unsafe characters become "_", runs collapse, a letter first. */
export function safeTypeName(name: string): string {
  const folded = name.normalize('NFKC').replace(/[^\p{L}\p{N}_-]+/gu, '_');
  let token = folded.replace(/_+/g, '_').replace(/^[_-]+|[_-]+$/g, '');
  if (!/^\p{L}/u.test(token)) token = `T_${token}`.replace(/_+$/, '');
  return token.slice(0, maxTypeLength);
}

/** Hands out unique tokens (case-insensitively, as file systems and brat's CSS classes compare them). */
export class TypeNames {
  private readonly taken = new Set<string>(bratReserved.map((n) => n.toLowerCase()));

  take(name: string): string {
    const base = safeTypeName(name);
    let token = base;
    for (let n = 2; this.taken.has(token.toLowerCase()); n += 1) token = `${base.slice(0, maxTypeLength - 6)}_${n}`;
    this.taken.add(token.toLowerCase());
    return token;
  }
}

/** The brat names of a codebook and its link types: deterministic for the same records (tree order, then list order). */
export interface BratNames {
  tag: Map<string, string>;
  linkType: Map<string, string>;
}

export function bratNames(tags: readonly Tag[], linkTypes: readonly LinkType[]): BratNames {
  const names = new TypeNames();
  const tag = new Map<string, string>();
  for (const { tag: t } of tagsInTreeOrder(tags)) tag.set(t.id, names.take(t.name));
  const linkType = new Map<string, string>();
  for (const l of linkTypes) linkType.set(l.id, names.take(l.name));
  return { tag, linkType };
}
