import { tagPathLabel, tagsInTreeOrder } from '../../../../shared/codebook/tag-tree.ts';
import type { Tag } from '../../../../shared/model/codebook.ts';
import type { CodebookComparison, TagMapping } from '../../../../shared/model/tag-mapping.ts';
import { nameKey } from '../../../../shared/text/unique-names.ts';

/** A tag offered as a mapping's target. */
export interface TargetTag {
  id: string;
  label: string;
  color: string;
  /** How often the other coder used it (after their mappings); 0 when not at all. */
  usesByOther: number;
}

/**
 * The tags a coder's tag may be mapped onto, matching `query` (its words in
 * the tag's path, case and ё aside): the tags the other coder used first, most
 * used first — that is what a mapping usually aims at — then the rest of
 * the codebook in tree order. Never the tag itself.
 */
export function targetTags(
  tags: readonly Tag[],
  comparison: CodebookComparison,
  side: 'A' | 'B',
  fromTagId: string,
  query: string,
): TargetTag[] {
  const other = new Map<string, number>();
  const theirs = side === 'A' ? comparison.onlyB : comparison.onlyA;
  for (const row of theirs) other.set(row.tagId, row.uses);
  for (const row of comparison.shared) other.set(row.tagId, side === 'A' ? row.usesB : row.usesA);
  const words = nameKey(query).split(' ').filter(Boolean);
  const out: TargetTag[] = [];
  for (const { tag } of tagsInTreeOrder(tags)) {
    if (tag.id === fromTagId) continue;
    const label = tagPathLabel(tags, tag.id);
    const key = nameKey(label);
    if (!words.every((w) => key.includes(w))) continue;
    out.push({ id: tag.id, label, color: tag.color, usesByOther: other.get(tag.id) ?? 0 });
  }
  // Stable: equal uses keep the tree order.
  return out.sort((a, b) => b.usesByOther - a.usesByOther);
}

/** Of a coder's mappings, those onto `tagId`: the tags of theirs a row also counts. */
export function mappedOnto(mappings: readonly TagMapping[], coderId: string, tagId: string): TagMapping[] {
  return mappings.filter((m) => m.coderId === coderId && m.toTagId === tagId);
}

/** A coder's mapping of one of their tags, if any. */
export function mappingOf(mappings: readonly TagMapping[], coderId: string, tagId: string): TagMapping | null {
  return mappings.find((m) => m.coderId === coderId && m.fromTagId === tagId) ?? null;
}

/**
 * The pair first compared: the one asked for when it names two different
 * coders of the project, else the project's first two (null: fewer than two).
 */
export function initialPair(
  coderIds: readonly string[],
  asked: readonly [string, string] | null | undefined,
): [string, string] | null {
  if (asked && asked[0] !== asked[1] && coderIds.includes(asked[0]) && coderIds.includes(asked[1])) {
    return [asked[0], asked[1]];
  }
  const [a, b] = coderIds;
  return a !== undefined && b !== undefined ? [a, b] : null;
}
