import { descendantIds } from '../../../../shared/codebook/tag-tree.ts';
import type { Tag } from '../../../../shared/model/codebook.ts';

/** What deleting or merging a tag touches: the tag with its sub-tags, and their annotations. */
export interface SubtreeUsage {
  /** The tag and every tag below it. */
  ids: string[];
  subTagCount: number;
  /** Annotations on the tag itself. */
  own: number;
  /** Annotations on the tag and all its sub-tags: what a delete has to move or remove. */
  total: number;
}

export function subtreeUsage(tags: readonly Tag[], usage: Record<string, number>, tagId: string): SubtreeUsage {
  const below = descendantIds(tags, tagId);
  const own = usage[tagId] ?? 0;
  const total = below.reduce((sum, id) => sum + (usage[id] ?? 0), own);
  return { ids: [tagId, ...below], subTagCount: below.length, own, total };
}
