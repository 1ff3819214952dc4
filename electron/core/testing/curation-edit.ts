import { annotateSpan } from '../../../shared/anchoring/annotate-span.ts';
import { CURATED_CODER_ID, type CurationDecision, curatedCoder } from '../../../shared/curation/curation-types.ts';
import type { ProjectStore } from '../store/project-store.ts';
import type { RecordEdit } from '../store/record-edit.ts';
import { testCoder } from './open-test-store.ts';

/**
 * The edit a "take coder X's version" decision makes, as the curation
 * handlers build it: the curated annotation (its own layer file), the
 * decision and, for a document not started, its status (the curation
 * file), and the curated layer's coder if the project has none yet
 * (project.json) — three files, so a crash between them must leave all or none.
 */
export function takeDecisionEdit(
  store: ProjectStore,
  documentId: string,
  text: string,
  span: { start: number; end: number },
  ids: { decision: string; result: string; source: string },
  at = new Date().toISOString(),
): RecordEdit {
  const result = annotateSpan(
    text,
    { id: ids.result, documentId, coderId: CURATED_CODER_ID, tagId: 'claim', ...span },
    at,
  );
  const decision: CurationDecision = {
    id: ids.decision,
    documentId,
    kind: 'take',
    sources: [{ coderId: testCoder.id, id: ids.source }],
    considered: [],
    start: span.start,
    end: span.end,
    takenFrom: testCoder.id,
    resultId: ids.result,
    reason: 'по правилу 3 кодбука',
    quickReasons: ['правило 3'],
    curatorId: testCoder.id,
    curatorName: testCoder.name,
    at,
  };
  const edit: RecordEdit = {
    annotations: [{ id: result.id, documentId, after: result }],
    curationDecisions: [{ id: decision.id, after: decision }],
  };
  if (store.curationStatusOf(documentId) === 'not-started') {
    edit.curationStatuses = [
      {
        id: documentId,
        after: { id: documentId, status: 'in-progress', curatorId: testCoder.id, curatorName: testCoder.name, at },
      },
    ];
  }
  if (!store.info().coders.some((c) => c.id === CURATED_CODER_ID)) {
    edit.coders = [{ id: CURATED_CODER_ID, after: { ...curatedCoder } }];
  }
  return edit;
}
