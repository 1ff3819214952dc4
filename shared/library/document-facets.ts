import { actorIdsOf } from '../actors/annotation-actors.ts';
import type { Annotation } from '../model/annotation.ts';
import type { DocumentFacets } from '../model/document.ts';

/** What the Library filters on: counts and the tags, actors and coders a document's annotations use. */
export function documentFacets(annotations: readonly Annotation[]): DocumentFacets {
  const tagIds = new Set<string>();
  const actorIds = new Set<string>();
  const coderIds = new Set<string>();
  for (const a of annotations) {
    tagIds.add(a.tagId);
    coderIds.add(a.coderId);
    for (const id of actorIdsOf(a)) actorIds.add(id);
  }
  return {
    annotationCount: annotations.length,
    tagIds: [...tagIds],
    actorIds: [...actorIds],
    coderIds: [...coderIds],
  };
}
