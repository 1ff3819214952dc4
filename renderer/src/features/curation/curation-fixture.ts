import type { CurationDecision, DecisionRow } from '../../../../shared/curation/curation-types.ts';

/** A decision as the core records it, with `over` applied (tests of the log's words and figures). */
export function decision(id: string, over: Partial<CurationDecision> = {}): CurationDecision {
  return {
    id,
    documentId: 'doc-1',
    kind: 'take',
    sources: [{ coderId: 'anna', id: `${id}-a` }],
    considered: [{ coderId: 'boris', id: `${id}-b` }],
    start: 0,
    end: 10,
    takenFrom: 'anna',
    resultId: `${id}-result`,
    reason: '',
    quickReasons: ['правило кодбука 3'],
    curatorId: 'cur-1',
    curatorName: 'Мария Куратор',
    at: '2026-12-01T10:00:00.000Z',
    ...over,
  };
}

/** A row of the log as listDecisions answers. */
export function row(d: CurationDecision, over: Partial<Omit<DecisionRow, 'decision'>> = {}): DecisionRow {
  return {
    decision: d,
    documentTitle: 'Заявление МИД Казахстана',
    tagId: 'claim',
    quote: 'Казахстан  поддерживает\nрегиональное сотрудничество',
    gone: [],
    replacedBy: null,
    conflict: false,
    ...over,
  };
}
