import type { Actor } from '../../../shared/model/actor.ts';
import type { Annotation } from '../../../shared/model/annotation.ts';
import type { Codebook } from '../../../shared/model/codebook.ts';
import type { Concept } from '../../../shared/model/concept.ts';
import type { DocumentInfo } from '../../../shared/model/document.ts';
import type { Link, LinkType } from '../../../shared/model/link.ts';
import type { RejectedMention } from '../../../shared/model/project.ts';
import type { ChangeSet } from '../../../shared/ipc/change-set.ts';

/**
 * A set of records to put into the project in one step: each entry gives a
 * record as it should be afterwards (null: removed). Applying one returns
 * the edit that takes it back, which is what undo stores.
 */
export interface RecordEdit {
  annotations?: Array<{ id: string; documentId: string; after: Annotation | null }>;
  actors?: Array<{ id: string; after: Actor | null }>;
  codebook?: Codebook;
  documents?: DocumentInfo[];
  /** A document's new text; its original, as imported, is never changed. */
  texts?: Array<{ documentId: string; text: string }>;
  links?: Array<{ id: string; after: Link | null }>;
  /** The whole list of link types, as it should be afterwards. */
  linkTypes?: LinkType[];
  concepts?: Array<{ id: string; after: Concept | null }>;
  rejectedMentions?: Array<{ id: string; after: RejectedMention | null }>;
}

/** The edit seen from the renderer: records as they now are, ids of those removed. */
export function toChangeSet(edit: RecordEdit): ChangeSet {
  return {
    annotations: (edit.annotations ?? []).flatMap((a) => (a.after ? [a.after] : [])),
    removedAnnotations: (edit.annotations ?? [])
      .filter((a) => !a.after)
      .map(({ id, documentId }) => ({ id, documentId })),
    actors: (edit.actors ?? []).flatMap((a) => (a.after ? [a.after] : [])),
    removedActors: (edit.actors ?? []).filter((a) => !a.after).map((a) => a.id),
    codebook: edit.codebook ?? null,
    documents: edit.documents ?? [],
    texts: (edit.texts ?? []).map((t) => t.documentId),
    links: (edit.links ?? []).flatMap((l) => (l.after ? [l.after] : [])),
    removedLinks: (edit.links ?? []).filter((l) => !l.after).map((l) => l.id),
    linkTypes: edit.linkTypes ?? null,
    concepts: (edit.concepts ?? []).flatMap((c) => (c.after ? [c.after] : [])),
    removedConcepts: (edit.concepts ?? []).filter((c) => !c.after).map((c) => c.id),
  };
}

/** An edit for annotations only: the common case. */
export function annotationEdit(after: Annotation[], removed: Annotation[] = []): RecordEdit {
  return {
    annotations: [
      ...after.map((a) => ({ id: a.id, documentId: a.documentId, after: a })),
      ...removed.map((a) => ({ id: a.id, documentId: a.documentId, after: null })),
    ],
  };
}
