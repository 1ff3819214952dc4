import type { Annotation } from '../model/annotation.ts';

/**
 * The fields by which an annotation refers to actors of the registry: the
 * actor a mention names, and a statement's speaker and addressee. Facets,
 * actor pages, merges and deletions all read this list, so a new role is
 * added here once and none of them forgets it.
 */
export const actorFields = ['actorId', 'speakerId', 'addresseeId'] as const;
export type ActorField = (typeof actorFields)[number];

type ActorRefs = Partial<Pick<Annotation, ActorField>>;

/** The ids of the actors an annotation involves, in any role, each once. */
export function actorIdsOf(annotation: ActorRefs): string[] {
  const ids: string[] = [];
  for (const field of actorFields) {
    const id = annotation[field];
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** True when the annotation refers to the actor in any role (named, speaking or addressed). */
export function involvesActor(annotation: ActorRefs, actorId: string): boolean {
  return actorFields.some((field) => annotation[field] === actorId);
}

/** True when the actor makes the statement or is addressed in it (as opposed to being named). */
export function isPartyToStatement(annotation: ActorRefs, actorId: string): boolean {
  return annotation.speakerId === actorId || annotation.addresseeId === actorId;
}

/**
 * A copy of the annotation in which every role held by `fromId` is held by
 * `intoId` instead (merging two actors), or left empty when `intoId` is null
 * (deleting an actor). The field is removed rather than set to undefined, as
 * stored annotations leave unset fields out. The caller sets `modified`.
 */
export function replaceActor<T extends ActorRefs>(annotation: T, fromId: string, intoId: string | null): T {
  const next: T = { ...annotation };
  for (const field of actorFields) {
    if (next[field] !== fromId) continue;
    if (intoId === null) delete next[field];
    else next[field] = intoId;
  }
  return next;
}
