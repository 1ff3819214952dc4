import type { Actor } from '../../../shared/model/actor.ts';
import type { Annotation } from '../../../shared/model/annotation.ts';
import type { Codebook } from '../../../shared/model/codebook.ts';
import type { Coder } from '../../../shared/model/coder.ts';
import type { Concept } from '../../../shared/model/concept.ts';
import type { DocumentInfo, DocumentText } from '../../../shared/model/document.ts';
import type { Link, LinkType } from '../../../shared/model/link.ts';
import type { RejectedMention } from '../../../shared/model/project.ts';
import type { CoderCodebook, TagMapping } from '../../../shared/model/tag-mapping.ts';
import type { CurationDecision, CurationStatusRecord, QuickReason } from '../../../shared/curation/curation-types.ts';
import { type ChangeSet, emptyChangeSet } from '../../../shared/ipc/change-set.ts';
import { listKindNames, listKinds } from './record-kinds.ts';
import { CURATED_CODER_ID } from '../../../shared/curation/curation-types.ts';

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
  /** Coders of the project (project.json): added with the layer a bundle brings; a coder still named by a record stays. */
  coders?: Array<{ id: string; after: Coder | null }>;
  /** Coders' tag mappings (tag-mappings.json). */
  tagMappings?: Array<{ id: string; after: TagMapping | null }>;
  /** The codebook a colleague's bundle brought, by coder id (tag-mappings.json). */
  coderCodebooks?: Array<{ id: string; after: CoderCodebook | null }>;
  /** Curation decisions (curation/<documentId>.json): recorded, and taken out only by undo. */
  curationDecisions?: Array<{ id: string; after: CurationDecision | null }>;
  /** Documents' curation statuses, by document id (curation/<documentId>.json). */
  curationStatuses?: Array<{ id: string; after: CurationStatusRecord | null }>;
  /** The team's quick reasons (curation.json). */
  quickReasons?: Array<{ id: string; after: QuickReason | null }>;
  /**
   * Documents removed whole (after: null) or brought back whole. Those
   * brought back are put in before every other entry is applied, those
   * removed are taken out after, so an edit and its inverse both hold.
   */
  wholeDocuments?: Array<{ id: string; after: WholeDocument | null }>;
}

/** Everything a document holds: what deleting it takes away and undoing the deletion brings back. */
export interface WholeDocument {
  info: DocumentInfo;
  /** The text and the original as imported. */
  text: DocumentText;
  /** Every coder's annotations of it. */
  annotations: Annotation[];
}

/** The edit seen from the renderer: records as they now are, ids of those removed (each kind as the record-kind table says). */
export function toChangeSet(edit: RecordEdit): ChangeSet {
  const restored = (edit.wholeDocuments ?? []).flatMap((d) => (d.after ? [d.after] : []));
  const change: ChangeSet = {
    ...emptyChangeSet(),
    annotations: [
      ...(edit.annotations ?? []).flatMap((a) => (a.after ? [a.after] : [])),
      ...restored.flatMap((d) => d.annotations),
    ],
    removedAnnotations: (edit.annotations ?? [])
      .filter((a) => !a.after)
      .map(({ id, documentId }) => ({ id, documentId })),
    codebook: edit.codebook ?? null,
    documents: [...(edit.documents ?? []), ...restored.map((d) => d.info)],
    removedDocuments: (edit.wholeDocuments ?? []).filter((d) => !d.after).map((d) => d.id),
    texts: (edit.texts ?? []).map((t) => t.documentId),
    linkTypes: edit.linkTypes ?? null,
    curationChanged: Boolean(edit.curationDecisions?.length || edit.curationStatuses?.length),
    quickReasonsChanged: Boolean(edit.quickReasons?.length),
    curation: [
      ...new Set([
        ...(edit.annotations ?? []).flatMap((e) => (e.after?.coderId === CURATED_CODER_ID ? [e.documentId] : [])),
        ...(edit.curationDecisions ?? []).map((e) => e.after?.documentId ?? ''),
        ...(edit.curationStatuses ?? []).map((e) => e.id),
      ]),
    ].filter(Boolean),
  };
  const lists = change as unknown as Record<string, unknown[]>;
  for (const name of listKindNames) {
    const target = listKinds[name].changeSet;
    const entries = edit[name] as ReadonlyArray<{ id: string; after: unknown }> | undefined;
    if (!target || !entries) continue;
    lists[target.changed] = entries.flatMap((e) => (e.after ? [e.after] : []));
    lists[target.removed] = entries.filter((e) => !e.after).map((e) => e.id);
  }
  return change;
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
