import { tagPathSeparator, tagsInTreeOrder } from '../../../../shared/codebook/tag-tree.ts';
import type { Tag } from '../../../../shared/model/codebook.ts';

/** A tag for a select: its id and its full path ("Proposal › Cooperation"), in tree order. */
export interface TagOption {
  id: string;
  label: string;
}

/**
 * Every tag with its path label, in tree order. Built in one walk (the path
 * of a row is its parent's path plus its name) rather than one lookup per
 * tag, so selects stay cheap on a large codebook.
 */
export function tagOptions(tags: readonly Tag[]): TagOption[] {
  const path: string[] = [];
  return tagsInTreeOrder(tags).map(({ tag, depth }) => {
    path.length = depth;
    path.push(tag.name);
    return { id: tag.id, label: path.join(tagPathSeparator) };
  });
}
