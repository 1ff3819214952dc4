import type { CurationDecision, DocumentCuration } from '../../../../../shared/curation/curation-types.ts';
import type { Annotation } from '../../../../../shared/model/annotation.ts';
import { fixtureComparison } from '../compare.fixture.ts';

/**
 * The fixture comparison as curation sees it: unit 0 merged (decided),
 * unit 1 in conflict (two curators' copies met), the rest undecided.
 */
export function fixtureCuration(): DocumentCuration {
  const comparison = fixtureComparison();
  const a1 = comparison.annotations.a1 as Annotation;
  const a2 = comparison.annotations.a2 as Annotation;
  const curated: Annotation[] = [
    { ...a1, id: 'c1', coderId: 'curated' },
    { ...a2, id: 'c2', coderId: 'curated' },
  ];
  const decision = (id: string, extra: Partial<CurationDecision>): CurationDecision => ({
    id,
    documentId: 'doc1',
    kind: 'take',
    sources: [],
    considered: [],
    start: 0,
    end: 1,
    reason: '',
    quickReasons: [],
    curatorId: 'lena',
    curatorName: 'Елена Константиновна Рождественская-Белозерская',
    at: '2026-01-02T10:00:00.000Z',
    ...extra,
  });
  const decisions = [
    decision('d1', { kind: 'merged', rule: 'unanimous', sources: [{ coderId: 'anna', id: 'a1' }], resultId: 'c1' }),
    decision('d2', {
      takenFrom: 'anna',
      sources: [{ coderId: 'anna', id: 'a2' }],
      resultId: 'c2',
      reason: 'правило 3',
    }),
    decision('d3', {
      kind: 'reject-all',
      considered: [
        { coderId: 'anna', id: 'a2' },
        { coderId: 'boris', id: 'b2' },
      ],
      curatorId: 'ivan',
      curatorName: 'Иван',
      reason: '',
      quickReasons: ['не утверждение'],
    }),
  ];
  return {
    documentId: 'doc1',
    status: 'in-progress',
    comparison,
    units: [
      { state: 'decided', decisionIds: ['d1'], curatedIds: ['c1'] },
      { state: 'conflict', decisionIds: ['d2', 'd3'], curatedIds: ['c2'] },
      { state: 'undecided', decisionIds: [], curatedIds: [] },
      { state: 'undecided', decisionIds: [], curatedIds: [] },
      { state: 'undecided', decisionIds: [], curatedIds: [] },
    ],
    curated,
    decisions,
    links: [],
    curatedLinks: [],
    goneSources: [],
  };
}
