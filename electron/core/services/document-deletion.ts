import type { Annotation } from '../../../shared/model/annotation.ts';
import { isSampleId } from '../../../shared/library/sample-content.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import type { DocumentDeletionPreview } from '../../../shared/ipc/results.ts';
import type { ProjectStore } from '../store/project-store.ts';
import type { RecordEdit } from '../store/record-edit.ts';
import { message } from '../../../shared/i18n/message.ts';

export interface DeletionPlan {
  edit: RecordEdit;
  counts: DocumentDeletionPreview;
}

/**
 * Deleting documents as one edit: each document whole (its info, text and
 * every coder's annotations), every link from or to one of those
 * annotations in any coder's layer (the curated layer's with the rest),
 * the suggestions rejected in them, and their curation: every decision
 * and the status, so undoing the deletion brings the log back too.
 * An unknown id refuses the whole deletion. Every layer goes with its
 * document (no requireOwnLayer): a layer cannot outlive the text it marks.
 */
export function planDocumentDeletion(store: ProjectStore, documentIds: readonly string[]): DeletionPlan {
  const ids = [...new Set(documentIds)];
  for (const id of ids) store.documentInfo(id);
  const gone = new Set(ids);
  const annotationIds = new Set<string>();
  for (const id of ids) for (const a of store.annotationsOf(id)) annotationIds.add(a.id);
  const links = store.links().filter((l) => annotationIds.has(l.fromId) || annotationIds.has(l.toId));
  const rejected = store.rejectedMentions().filter((r) => gone.has(r.documentId));
  const edit: RecordEdit = {
    wholeDocuments: ids.map((id) => ({ id, after: null })),
    links: links.map((l) => ({ id: l.id, after: null })),
  };
  if (rejected.length) edit.rejectedMentions = rejected.map((r) => ({ id: r.id, after: null }));
  const decisions = ids.flatMap((id) => store.curationDecisionsOf(id).map((d) => ({ id: d.id, after: null })));
  if (decisions.length) edit.curationDecisions = decisions;
  const statuses = ids.filter((id) => store.curationStatusRecordOf(id)).map((id) => ({ id, after: null }));
  if (statuses.length) edit.curationStatuses = statuses;
  return { edit, counts: { documents: ids.length, annotations: annotationIds.size, links: links.length } };
}

/**
 * Removing the sample texts: every sample document as planDocumentDeletion
 * deletes it, and the sample's actors and concepts that nothing left
 * refers to (an annotation of the user's own, or an affiliation of an
 * actor kept). What the user made of the sample stays with what it uses.
 */
export function planSampleRemoval(store: ProjectStore): DeletionPlan {
  const sampleDocuments = store
    .listDocumentInfos()
    .map((d) => d.id)
    .filter(isSampleId);
  if (!sampleDocuments.length) throw new ApiError('not-found', message('errors:noSampleTexts'));
  const plan = planDocumentDeletion(store, sampleDocuments);
  const leaving = new Set(sampleDocuments);
  const remaining: Annotation[] = [];
  for (const a of store.allAnnotations()) if (!leaving.has(a.documentId)) remaining.push(a);

  const usedConcepts = new Set(remaining.flatMap((a) => (a.conceptId ? [a.conceptId] : [])));
  const concepts = store.concepts().filter((c) => isSampleId(c.id) && !usedConcepts.has(c.id));

  const kept = new Set(
    remaining.flatMap((a) => [a.actorId, a.speakerId, a.addresseeId].filter((id): id is string => !!id)),
  );
  for (const actor of store.actors()) if (!isSampleId(actor.id)) kept.add(actor.id);
  // An actor kept keeps the organisations it is affiliated with, and theirs in turn.
  const byId = new Map(store.actors().map((a) => [a.id, a]));
  const queue = [...kept];
  while (queue.length) {
    for (const f of byId.get(queue.pop() as string)?.affiliations ?? []) {
      if (!kept.has(f.organizationId)) {
        kept.add(f.organizationId);
        queue.push(f.organizationId);
      }
    }
  }
  const actors = store.actors().filter((a) => !kept.has(a.id));
  const actorsGone = new Set(actors.map((a) => a.id));
  const alreadyGone = new Set((plan.edit.rejectedMentions ?? []).map((r) => r.id));
  const rejected = store.rejectedMentions().filter((r) => actorsGone.has(r.actorId) && !alreadyGone.has(r.id));

  const edit: RecordEdit = { ...plan.edit };
  if (actors.length) edit.actors = actors.map((a) => ({ id: a.id, after: null }));
  if (concepts.length) edit.concepts = concepts.map((c) => ({ id: c.id, after: null }));
  if (rejected.length) {
    edit.rejectedMentions = [...(edit.rejectedMentions ?? []), ...rejected.map((r) => ({ id: r.id, after: null }))];
  }
  return { edit, counts: plan.counts };
}
