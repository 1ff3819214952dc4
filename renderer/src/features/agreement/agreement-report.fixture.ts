import type { AgreementReport, LabelFigures } from '../../../../shared/agreement/agreement-types.ts';
import { type Coefficient, defined, undefinedFigure } from '../../../../shared/agreement/coefficient.ts';
import type { UnitizingFigure } from '../../../../shared/agreement/unitizing-alpha.ts';

/**
 * A report as the core sends it, for the view's tests (and screenshots
 * before a project holds such layers): two coders with long Russian names,
 * the default codebook's tag ids, and figures of every kind — defined,
 * negative, undefined with each reason.
 */
export const coderA = { id: 'coder-anastasia', name: 'Анастасия Владимировна Колесникова-Щербакова' };
export const coderB = { id: 'coder-boris', name: 'Борис Игоревич Шестаков' };

const figures = (
  percent: number | null,
  cohen: number | null,
  alpha: number | null,
  ac1: number | null,
  units: number,
  found = units,
): LabelFigures => {
  const of = (v: number | null): Coefficient =>
    v === null ? undefinedFigure(units === 0 ? 'no-units' : 'no-variation', units, found) : defined(v, units, found);
  return {
    percent: of(percent),
    cohen: of(cohen),
    fleiss: of(cohen === null ? null : cohen - 0.004),
    alpha: of(alpha),
    ac1: of(ac1),
  };
};

const unitizing = (value: number | null, reason: UnitizingFigure['reason'] = null): UnitizingFigure => ({
  value,
  observed: value === null ? null : 0.02,
  expected: value === null ? null : 0.06,
  reason: value === null ? (reason ?? 'no-units') : null,
});

export const fixtureReport: AgreementReport = {
  coders: [coderA, coderB],
  documents: 5,
  commonDocuments: 4,
  unitizingDocuments: 4,
  formation: {
    rule: { mode: 'overlap', threshold: 0.5 },
    found: 48,
    complete: 39,
    incomplete: 9,
    orphansExcluded: 2,
    outsideTags: 0,
    annotations: 87,
    mergedSpans: 1,
  },
  classes: { agree: 27, 'tag-differs': 6, 'boundary-differs': 4, 'both-differ': 2, 'only-some': 9 },
  overall: { ...figures(0.692, 0.581, 0.574, 0.641, 39, 48), unitizing: unitizing(0.6587) },
  perTag: [
    {
      tagId: 'claim-threat-assessment',
      units: 18,
      figures: figures(0.889, 0.776, 0.771, 0.82, 18),
      unitizing: unitizing(0.81),
    },
    { tagId: 'claim-causal', units: 7, figures: figures(0.714, 0.417, 0.402, 0.55, 7), unitizing: unitizing(0.44) },
    {
      tagId: 'proposal-cooperation',
      units: 12,
      figures: figures(0.833, 0.7, 0.69, 0.76, 12),
      unitizing: unitizing(0.7),
    },
    {
      tagId: 'proposal-security-measure',
      units: 3,
      figures: figures(0.333, -0.2, -0.25, -0.1, 3),
      unitizing: unitizing(0.1),
    },
    {
      tagId: 'actor-mention',
      units: 6,
      figures: figures(1, null, null, 1, 6),
      unitizing: unitizing(null, 'no-variation'),
    },
    { tagId: 'removed-colleague-tag', units: 2, figures: figures(0.5, 0, 0, 0.2, 2), unitizing: unitizing(0.3) },
  ],
  perDocument: [
    {
      documentId: 'doc-1',
      title:
        'Заявление министров иностранных дел государств — членов Шанхайской организации сотрудничества о противодействии международному терроризму',
      units: 21,
      disagreements: 8,
      figures: figures(0.65, 0.52, 0.51, 0.6, 17, 21),
      unitizing: unitizing(0.61),
    },
    {
      documentId: 'doc-2',
      title: 'Учения «Мирная миссия» в Таджикистане',
      units: 15,
      disagreements: 3,
      figures: figures(0.8, 0.71, 0.7, 0.77, 14, 15),
      unitizing: unitizing(0.74),
    },
    {
      documentId: 'doc-3',
      title: 'Пресс-конференция РАТС',
      units: 12,
      disagreements: 5,
      figures: figures(0.6, 0.4, 0.39, 0.5, 8, 12),
      unitizing: unitizing(0.52),
    },
    {
      documentId: 'doc-4',
      title: 'Коммюнике саммита',
      units: 0,
      disagreements: 0,
      figures: figures(null, null, null, null, 0),
      unitizing: unitizing(null),
    },
  ],
  perPair: [{ coderA: coderA.id, coderB: coderB.id, units: 39, figures: figures(0.692, 0.581, 0.574, 0.641, 39, 48) }],
  variables: [
    {
      variable: 'speaker',
      units: 14,
      percent: defined(0.857, 14, 14),
      alpha: defined(0.79, 14, 14),
      cohen: defined(0.8, 14, 14),
    },
    {
      variable: 'addressee',
      units: 14,
      percent: defined(0.714, 14, 14),
      alpha: defined(0.52, 14, 14),
      cohen: defined(0.55, 14, 14),
    },
    {
      variable: 'stance',
      units: 14,
      percent: defined(0.643, 14, 14),
      alpha: defined(0.41, 14, 14),
      cohen: defined(0.43, 14, 14),
    },
    {
      variable: 'concept',
      units: 14,
      percent: defined(1, 14, 14),
      alpha: undefinedFigure('no-variation', 14, 14),
      cohen: undefinedFigure('no-variation', 14, 14),
    },
    {
      variable: 'date',
      units: 14,
      percent: defined(0.929, 14, 14),
      alpha: defined(0.88, 14, 14),
      cohen: defined(0.88, 14, 14),
    },
    {
      variable: 'actor',
      units: 0,
      percent: undefinedFigure('no-units', 0, 0),
      alpha: undefinedFigure('no-units', 0, 0),
      cohen: undefinedFigure('no-units', 0, 0),
    },
  ],
  confusion: {
    coderA: coderA.id,
    coderB: coderB.id,
    labels: [
      'claim-threat-assessment',
      'claim-causal',
      'proposal-cooperation',
      'proposal-security-measure',
      'actor-mention',
    ],
    counts: [
      [14, 2, 0, 0, 0, 2],
      [1, 4, 0, 0, 0, 1],
      [0, 0, 9, 1, 0, 2],
      [0, 0, 1, 1, 0, 0],
      [0, 0, 0, 0, 5, 1],
      [1, 0, 1, 1, 0, 0],
    ],
  },
};
