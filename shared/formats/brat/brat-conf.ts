import { tagsInTreeOrder } from '../../codebook/tag-tree.ts';
import type { Tag } from '../../model/codebook.ts';
import type { LinkType } from '../../model/link.ts';
import { stances } from '../../model/annotation.ts';
import { type BratNames, oneLine } from './brat-names.ts';

/**
 * annotation.conf and visual.conf: the types a brat collection declares.
 * The tag tree is brat's entity hierarchy (one TAB of indentation per
 * level); the full tag names and colours go in visual.conf's [labels] and
 * [drawing], since a type name is only a token.
 */

/** Values the Date attribute takes in this export (brat wants every value declared). */
export interface ConfValues {
  dates: ReadonlySet<string>;
}

export function annotationConf(
  tags: readonly Tag[],
  linkTypes: readonly LinkType[],
  names: BratNames,
  values: ConfValues,
): string {
  const lines = ['[entities]'];
  for (const { tag, depth } of tagsInTreeOrder(tags)) lines.push(`${'\t'.repeat(depth)}${names.tag.get(tag.id)}`);
  lines.push('', '[relations]');
  for (const l of linkTypes) lines.push(`${names.linkType.get(l.id)}\tArg1:<ENTITY>, Arg2:<ENTITY>`);
  lines.push('', '[events]', '', '[attributes]');
  lines.push(`Stance\tArg:<ENTITY>, Value:${stances.join('|')}`);
  if (values.dates.size) lines.push(`Date\tArg:<ENTITY>, Value:${[...values.dates].sort().join('|')}`);
  return `${lines.join('\n')}\n`;
}

/** A label for visual.conf: one line, no "|" (its field separator). */
function label(name: string): string {
  return oneLine(name).replaceAll('|', '¦').trim();
}

export function visualConf(tags: readonly Tag[], linkTypes: readonly LinkType[], names: BratNames): string {
  const lines = ['[labels]'];
  for (const t of tags) lines.push(`${names.tag.get(t.id)} | ${label(t.name)}`);
  for (const l of linkTypes) lines.push(`${names.linkType.get(l.id)} | ${label(l.name)}`);
  lines.push('', '[drawing]');
  for (const t of tags) lines.push(`${names.tag.get(t.id)}\tbgColor:${t.color}`);
  for (const l of linkTypes) lines.push(`${names.linkType.get(l.id)}\tcolor:${l.color}`);
  return `${lines.join('\n')}\n`;
}

/** What a collection's conf files say about its types, as far as an import uses it. */
export interface ParsedConf {
  /** Entity type → its parent type (null at the top), in the file's order. */
  entities: Map<string, string | null>;
  relations: Set<string>;
  /** Type → full name, from visual.conf [labels]. */
  labels: Map<string, string>;
  /** Type → colour (#rrggbb), from visual.conf [drawing]. */
  colors: Map<string, string>;
}

export function emptyConf(): ParsedConf {
  return { entities: new Map(), relations: new Set(), labels: new Map(), colors: new Map() };
}

/** Sections of a brat conf file: header → its lines (comments and blank lines dropped, indentation kept). */
function sections(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n?|\n/)) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const header = /^\s*\[(\w+)\]\s*$/.exec(line);
    if (header) {
      current = out.get(header[1]!) ?? [];
      out.set(header[1]!, current);
    } else current?.push(line);
  }
  return out;
}

/** Reads annotation.conf's entity hierarchy and relation types into `conf`; what it cannot read it skips. */
export function readAnnotationConf(text: string, conf: ParsedConf): void {
  const parts = sections(text);
  const stack: string[] = [];
  for (const line of parts.get('entities') ?? []) {
    const depth = /^\t*/.exec(line)![0].length;
    // A leading "!" marks a type that only groups others; it is still a tag here.
    const type = line.trim().replace(/^!/, '').split(/\s/)[0]!;
    if (!type || type.startsWith('<')) continue;
    stack.length = Math.min(stack.length, depth);
    if (!conf.entities.has(type)) conf.entities.set(type, stack.at(-1) ?? null);
    stack.push(type);
  }
  for (const line of parts.get('relations') ?? []) {
    const type = line.trim().replace(/^!/, '').split(/\s/)[0]!;
    if (type && !type.startsWith('<')) conf.relations.add(type);
  }
}

/** Reads visual.conf's labels and background colours into `conf`. */
export function readVisualConf(text: string, conf: ParsedConf): void {
  const parts = sections(text);
  for (const line of parts.get('labels') ?? []) {
    const [type, full] = line.split('|').map((s) => s.trim());
    if (type && full) conf.labels.set(type, full);
  }
  for (const line of parts.get('drawing') ?? []) {
    const match = /^(\S+)\s+(.*)$/.exec(line.trim());
    const color = match && /(?:^|[\s,])bgColor:(#[0-9a-fA-F]{6})\b/.exec(match[2]!);
    if (match && color) conf.colors.set(match[1]!, color[1]!);
  }
}
