import type { ComparedUnit, DocumentComparison, UnitClass } from '../../../../shared/agreement/agreement-types.ts';
import type { Annotation } from '../../../../shared/model/annotation.ts';

/**
 * A small comparison for the Compare view's tests, as the core answers it
 * (shared/agreement's types): two coders, one unit of every class.
 */
export const fixtureText = [
  'Стороны договорились об усилении сотрудничества.',
  'Председательство уделит внимание антитеррористической составляющей.',
  'Министр заявил о новых мерах.',
].join('\n');

const at = (words: string) => {
  const start = fixtureText.indexOf(words);
  if (start < 0) throw new Error(words);
  return { start, end: start + words.length };
};

function annotation(id: string, coderId: string, tagId: string, words: string, extra: Partial<Annotation> = {}) {
  const { start, end } = at(words);
  const a: Annotation = {
    id,
    documentId: 'doc1',
    coderId,
    tagId,
    start,
    end,
    quote: { exact: words, prefix: '', suffix: '' },
    note: '',
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
  return a;
}

const annotations = [
  annotation('a1', 'anna', 'claim', 'Стороны договорились', { speakerId: 'x', note: 'ясно' }),
  annotation('b1', 'boris', 'claim', 'Стороны договорились', { speakerId: 'x', note: 'ясно' }),
  annotation('a2', 'anna', 'claim', 'усилении сотрудничества'),
  annotation('b2', 'boris', 'proposal', 'усилении сотрудничества'),
  annotation('a3', 'anna', 'claim', 'уделит внимание'),
  annotation('b3', 'boris', 'claim', 'уделит внимание антитеррористической', { stance: 'supports' }),
  annotation('a4', 'anna', 'claim', 'антитеррористической составляющей'),
  annotation('b4', 'boris', 'proposal', 'составляющей'),
  annotation('a5', 'anna', 'claim', 'Министр заявил'),
];

function unit(members: (string | null)[], cls: UnitClass, differs: ComparedUnit['differs']): ComparedUnit {
  const present = annotations.filter((a) => members.includes(a.id));
  return {
    documentId: 'doc1',
    start: Math.min(...present.map((a) => a.start)),
    end: Math.max(...present.map((a) => a.end)),
    members,
    labels: members.map((id) => annotations.find((a) => a.id === id)?.tagId ?? null),
    class: cls,
    differs,
  };
}

/** The units in text order, one of each class (b3 and a4 overlap: a unit of boundary and one of both). */
export function fixtureComparison(): DocumentComparison {
  const units = [
    unit(['a1', 'b1'], 'agree', []),
    unit(['a2', 'b2'], 'tag-differs', ['tag']),
    unit(['a3', 'b3'], 'boundary-differs', ['span', 'stance']),
    unit(['a4', 'b4'], 'both-differ', ['span', 'tag']),
    unit(['a5', null], 'only-some', ['span', 'tag']),
  ];
  return {
    documentId: 'doc1',
    coderIds: ['anna', 'boris'],
    units,
    annotations: Object.fromEntries(annotations.map((a) => [a.id, a])),
    classes: { agree: 1, 'tag-differs': 1, 'boundary-differs': 1, 'both-differ': 1, 'only-some': 1 },
    formation: {
      rule: { mode: 'overlap', threshold: 0.3 },
      found: 5,
      complete: 4,
      incomplete: 1,
      orphansExcluded: 0,
      outsideTags: 0,
      annotations: 9,
      mergedSpans: 0,
    },
  };
}
