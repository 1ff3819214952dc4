import type { Codebook, TagKind } from '../model/codebook.ts';
import type { TagMapping } from '../model/tag-mapping.ts';

/**
 * The category a coder's annotation is compared under. Two steps, in this
 * order: (1) the coder's tag mappings ("their tag X counts as our tag Y"),
 * then (2) the roll-up to the chosen tags: with `tagIds` chosen and
 * `withSubtags`, a sub-tag at any depth counts as its nearest chosen
 * ancestor. A tag neither chosen nor under a chosen one is outside the
 * comparison (null). With `tagIds: null` every tag is its own category.
 */

export interface TagSelection {
  /** The tags compared, or null for every tag as coded. */
  readonly tagIds: readonly string[] | null;
  readonly withSubtags: boolean;
}

/** (coder, tag as coded) → the category compared, or null when outside the chosen tags. */
export type CategoryOf = (coderId: string, tagId: string) => string | null;

export const everyTag: TagSelection = { tagIds: null, withSubtags: false };

/**
 * Builds the reading once (per report, not per annotation): one map of
 * mappings per coder, and each tag's category memoised, so 40,000
 * annotations cost 40,000 map look-ups.
 */
export function categoryLabeller(
  codebook: Codebook,
  mappings: readonly TagMapping[],
  selection: TagSelection,
): CategoryOf {
  const byCoder = new Map<string, Map<string, string>>();
  for (const m of mappings) {
    let own = byCoder.get(m.coderId);
    if (!own) {
      own = new Map();
      byCoder.set(m.coderId, own);
    }
    own.set(m.fromTagId, m.toTagId);
  }
  const rollUp = rollUpReader(codebook, selection);
  return (coderId, tagId) => rollUp(byCoder.get(coderId)?.get(tagId) ?? tagId);
}

/** Tag (after mapping) → category, memoised; null when outside the selection. */
function rollUpReader(codebook: Codebook, selection: TagSelection): (tagId: string) => string | null {
  const chosen = selection.tagIds;
  if (chosen === null) return (tagId) => tagId;
  const chosenSet = new Set(chosen);
  const parentOf = new Map(codebook.tags.map((t) => [t.id, t.parent]));
  const memo = new Map<string, string | null>();
  return (tagId) => {
    const known = memo.get(tagId);
    if (known !== undefined) return known;
    let category: string | null = null;
    if (chosenSet.has(tagId)) category = tagId;
    else if (selection.withSubtags) {
      // Walk up to the nearest chosen ancestor; `seen` guards against a cycle in a damaged codebook.
      const seen = new Set<string>([tagId]);
      let parent = parentOf.get(tagId) ?? null;
      while (parent !== null && !seen.has(parent)) {
        if (chosenSet.has(parent)) {
          category = parent;
          break;
        }
        seen.add(parent);
        parent = parentOf.get(parent) ?? null;
      }
    }
    memo.set(tagId, category);
    return category;
  };
}

/**
 * What an annotation records besides its span, read from its tag as coded
 * (a statement stays a statement whatever it is mapped to); `plain` for a
 * tag the codebook lacks.
 */
export function tagKindReader(codebook: Codebook): (tagId: string) => TagKind {
  const kinds = new Map(codebook.tags.map((t) => [t.id, t.kind]));
  return (tagId) => kinds.get(tagId) ?? 'plain';
}

/**
 * Categories in the codebook's order (tags the codebook lacks, e.g. a
 * colleague's unmapped tag, after them by id), so tables and the confusion
 * matrix read in the order the user knows.
 */
export function codebookOrder(codebook: Codebook, categories: Iterable<string>): string[] {
  const position = new Map(codebook.tags.map((t, i) => [t.id, i]));
  return [...new Set(categories)].sort((a, b) => {
    const pa = position.get(a);
    const pb = position.get(b);
    if (pa !== undefined && pb !== undefined) return pa - pb;
    if (pa !== undefined) return -1;
    if (pb !== undefined) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

/** A category's display name: the tag's name, else its id. */
export function tagNameReader(codebook: Codebook): (tagId: string) => string {
  const names = new Map(codebook.tags.map((t) => [t.id, t.name]));
  return (tagId) => names.get(tagId) ?? tagId;
}
