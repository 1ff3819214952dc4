import type { DocumentSummary } from '../model/document.ts';

/** A Library row for tests: an empty, unannotated document with `over` applied. */
export function documentSummary(id: string, over: Partial<DocumentSummary> = {}): DocumentSummary {
  return {
    id,
    title: id,
    metadata: {},
    created: '2026-01-01T00:00:00.000Z',
    textLength: 10,
    annotationCount: 0,
    tagIds: [],
    actorIds: [],
    coderIds: [],
    curationStatus: 'not-started',
    ...over,
  };
}
