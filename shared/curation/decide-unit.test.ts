import { describe, expect, it } from 'vitest';
import { ann, codebook, mapping } from '../agreement/annotation.fixture.ts';
import { categoryLabeller, everyTag } from '../agreement/labels.ts';
import { describeQuote } from '../anchoring/text-quote.ts';
import type { Annotation } from '../model/annotation.ts';
import { CurationError } from './curation-error.ts';
import {
  CURATED_CODER_ID,
  type CuratedField,
  type CuratedVersion,
  type CurationDecision,
  type Reason,
  type UnitAction,
} from './curation-types.ts';
import { type DecideUnitArgs, decideUnit } from './decide-unit.ts';

const text = 'Министр иностранных дел заявил, что угрозы растут. Эксперт возразил ему.';
const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
const curator = { id: 'cur-1', name: 'Ольга' };
const now = '2026-12-02T08:00:00.000Z';
const why: Reason = { text: 'по правилу 3', quickReasons: [] };

const a = ann('A', 'claim', span('Министр иностранных дел заявил').start, span('Министр иностранных дел заявил').end, {
  id: 'a1',
  speakerId: 'act-1',
  stance: 'supports',
  note: 'заметка A',
});
const b = ann(
  'B',
  'claim-causal',
  span('Министр иностранных дел заявил, что угрозы растут').start,
  span('Министр иностранных дел заявил, что угрозы растут').end,
  {
    id: 'b1',
    speakerId: 'act-2',
    stance: 'opposes',
    conceptId: 'c-1',
  },
);

function args(action: UnitAction, over: Partial<DecideUnitArgs> = {}): DecideUnitArgs {
  let n = 0;
  return {
    documentId: 'd1',
    coderIds: ['A', 'B'],
    members: ['a1', 'b1'],
    annotations: new Map<string, Annotation>([
      ['a1', a],
      ['b1', b],
    ]),
    action,
    reason: why,
    current: [],
    curated: new Map(),
    text,
    categoryOf: categoryLabeller(codebook, [mapping('B', 'claim-causal', 'claim')], everyTag),
    curator,
    now,
    makeId: () => `id-${++n}`,
    nameOf: (id) => `Coder ${id}`,
    ...over,
  };
}

function refusal(run: () => unknown): { code: string; key: string | undefined } {
  try {
    run();
  } catch (error) {
    if (error instanceof CurationError) return { code: error.code, key: error.text.key };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('deciding a unit', () => {
  it('take: the coder’s version as it is (tag read through the mapping, memo kept); the other version considered', () => {
    const out = decideUnit(args({ kind: 'take', coderId: 'B' }));
    expect(out.add).toEqual({
      id: 'id-1',
      documentId: 'd1',
      coderId: CURATED_CODER_ID,
      tagId: 'claim',
      start: b.start,
      end: b.end,
      quote: describeQuote(text, b.start, b.end),
      note: '',
      speakerId: 'act-2',
      stance: 'opposes',
      conceptId: 'c-1',
      created: now,
      modified: now,
    });
    expect(out.remove).toEqual([]);
    expect(out.decision).toEqual({
      id: 'id-2',
      documentId: 'd1',
      kind: 'take',
      sources: [{ coderId: 'B', id: 'b1' }],
      considered: [{ coderId: 'A', id: 'a1' }],
      start: a.start,
      end: b.end,
      takenFrom: 'B',
      resultId: 'id-1',
      reason: 'по правилу 3',
      quickReasons: [],
      curatorId: 'cur-1',
      curatorName: 'Ольга',
      at: now,
    });
    expect(decideUnit(args({ kind: 'take', coderId: 'A' })).add).toMatchObject({ note: 'заметка A', tagId: 'claim' });
  });

  it('take-edited: A’s version with B’s span and stance and a cleared speaker; edited lists what differs, fieldsFrom as given', () => {
    const out = decideUnit(
      args(
        {
          kind: 'take-edited',
          coderId: 'A',
          version: { start: b.start, end: b.end, tagId: 'claim', stance: 'opposes', speakerId: null },
          fieldsFrom: { span: 'B', stance: 'B' },
        },
        { reason: { text: '  ', quickReasons: ['граница: всё предложение'] } },
      ),
    );
    expect(out.add).toMatchObject({
      coderId: CURATED_CODER_ID,
      tagId: 'claim',
      start: b.start,
      end: b.end,
      quote: describeQuote(text, b.start, b.end),
      stance: 'opposes',
      note: 'заметка A',
    });
    expect(out.add?.speakerId).toBeUndefined();
    expect(out.decision).toMatchObject({
      kind: 'take-edited',
      takenFrom: 'A',
      edited: ['span', 'speaker', 'stance'],
      fieldsFrom: { span: 'B', stance: 'B' },
      sources: [
        { coderId: 'A', id: 'a1' },
        { coderId: 'B', id: 'b1' },
      ],
      considered: [],
      reason: '',
      quickReasons: ['граница: всё предложение'],
    });
  });

  it('take-edited of a mapped tag counts the tag as unedited when it stays the mapped one', () => {
    const out = decideUnit(
      args({ kind: 'take-edited', coderId: 'B', version: { start: b.start, end: b.end, tagId: 'claim', note: 'n' } }),
    );
    expect(out.decision.edited).toEqual(['memo']);
    expect(out.decision.fieldsFrom).toBeUndefined();
    expect(out.decision.considered).toEqual([{ coderId: 'A', id: 'a1' }]);
  });

  it('new: the curator’s own version; made from no version, every version considered', () => {
    const where = span('угрозы растут');
    const out = decideUnit(
      args({ kind: 'new', version: { ...where, tagId: 'threat', conceptId: 'c-9', stance: null } }),
    );
    expect(out.add).toEqual({
      id: 'id-1',
      documentId: 'd1',
      coderId: CURATED_CODER_ID,
      tagId: 'threat',
      ...where,
      quote: describeQuote(text, where.start, where.end),
      note: '',
      conceptId: 'c-9',
      created: now,
      modified: now,
    });
    expect(out.decision).toMatchObject({
      kind: 'new',
      sources: [],
      considered: [
        { coderId: 'A', id: 'a1' },
        { coderId: 'B', id: 'b1' },
      ],
      resultId: 'id-1',
    });
    expect(out.decision.takenFrom).toBeUndefined();
  });

  it('reject-all: nothing in the curated layer; every version considered; the unit’s span kept', () => {
    const out = decideUnit(args({ kind: 'reject-all' }));
    expect(out.add).toBeNull();
    expect(out.decision).toMatchObject({
      kind: 'reject-all',
      sources: [],
      considered: [
        { coderId: 'A', id: 'a1' },
        { coderId: 'B', id: 'b1' },
      ],
      start: a.start,
      end: b.end,
    });
    expect(out.decision.resultId).toBeUndefined();
  });

  it('deciding again replaces the current decisions and takes out their curated annotations', () => {
    const first = decideUnit(args({ kind: 'take', coderId: 'A' }));
    const result = first.add as Annotation;
    const other: CurationDecision = { ...first.decision, id: 'other', resultId: 'gone-already' };
    const again = decideUnit(
      args(
        { kind: 'reject-all' },
        { current: [first.decision, other], curated: new Map([[result.id, result]]), makeId: () => 'second' },
      ),
    );
    expect(again.decision.replaces).toEqual([first.decision.id, 'other']);
    expect(again.remove).toEqual([result]);
    expect(first.decision.replaces).toBeUndefined();
  });

  it('a unit where one coder has no version: take the other; taking the absent one is refused', () => {
    const one = args({ kind: 'take', coderId: 'A' }, { members: ['a1', null] });
    expect(decideUnit(one).decision).toMatchObject({ sources: [{ id: 'a1' }], considered: [] });
    expect(refusal(() => decideUnit({ ...one, action: { kind: 'take', coderId: 'B' } }))).toEqual({
      code: 'invalid-input',
      key: 'curationUnits:error-noVersionOf',
    });
  });
});

describe('refusals', () => {
  it('a decision without a reason (no words, no quick reason)', () => {
    for (const reason of [
      { text: '', quickReasons: [] },
      { text: '   ', quickReasons: [' '] },
    ]) {
      expect(refusal(() => decideUnit(args({ kind: 'reject-all' }, { reason })))).toEqual({
        code: 'invalid-input',
        key: 'curationUnits:error-noReason',
      });
    }
  });

  it('a version whose span is empty, reversed or past the end of the text', () => {
    for (const [start, end] of [
      [5, 5],
      [9, 4],
      [10, text.length + 1],
    ] as const) {
      const r = refusal(() => decideUnit(args({ kind: 'new', version: { start, end, tagId: 'claim' } })));
      expect(r).toEqual({ code: 'invalid-input', key: 'curationUnits:error-versionSpan' });
      const e = refusal(() =>
        decideUnit(args({ kind: 'take-edited', coderId: 'A', version: { start, end, tagId: 'claim' } })),
      );
      expect(e.key).toBe('curationUnits:error-versionSpan');
    }
  });

  it('a field taken from a coder with no version in the unit', () => {
    const r = refusal(() =>
      decideUnit(
        args(
          {
            kind: 'take-edited',
            coderId: 'A',
            version: { start: a.start, end: a.end, tagId: 'claim' },
            fieldsFrom: { stance: 'B' },
          },
          { members: ['a1', null] },
        ),
      ),
    );
    expect(r).toEqual({ code: 'invalid-input', key: 'curationUnits:error-noVersionOf' });
  });

  it('a field said to come from a coder whose version holds another value there (span, stance, memo, a cleared field)', () => {
    const base: CuratedVersion = { start: b.start, end: b.end, tagId: 'claim', stance: 'opposes' };
    const claims: Array<[Partial<CuratedVersion>, Partial<Record<CuratedField, string>>]> = [
      [{ start: a.start, end: a.end }, { span: 'B' }], // A's span, said to be B's
      [{ stance: 'supports' }, { stance: 'B' }], // A's stance, said to be B's
      [{ note: 'своя' }, { memo: 'A' }], // a memo A never wrote
      [{ conceptId: null }, { concept: 'B' }], // B's concept cleared, said to be B's
    ];
    for (const [change, fieldsFrom] of claims) {
      const r = refusal(() =>
        decideUnit(args({ kind: 'take-edited', coderId: 'A', version: { ...base, ...change }, fieldsFrom })),
      );
      expect(r).toEqual({ code: 'invalid-input', key: 'curationUnits:error-fieldNotFrom' });
    }
  });

  it('the refusal names the field and the coder; a tag from a coder is their mapped one, not the raw one', () => {
    const raw = args({
      kind: 'take-edited',
      coderId: 'A',
      version: { start: a.start, end: a.end, tagId: 'claim-causal' },
      fieldsFrom: { tag: 'B' },
    });
    try {
      decideUnit(raw);
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as CurationError).text).toEqual({
        key: 'curationUnits:error-fieldNotFrom',
        params: { field: 'curationUnits:field-tag', coder: 'Coder B' },
      });
    }
    // B's tag as read through B's mapping (claim-causal → claim) is what "the tag from B" means.
    const mapped = decideUnit({
      ...raw,
      action: { ...raw.action, version: { start: a.start, end: a.end, tagId: 'claim' } } as UnitAction,
    });
    expect(mapped.decision).toMatchObject({ fieldsFrom: { tag: 'B' }, edited: [] });
    expect(mapped.add?.tagId).toBe('claim');
  });

  it('fields truly taken pass: B’s span, speaker and concept are B’s values', () => {
    const out = decideUnit(
      args({
        kind: 'take-edited',
        coderId: 'A',
        version: { start: b.start, end: b.end, tagId: 'claim', conceptId: 'c-1', speakerId: 'act-2' },
        fieldsFrom: { span: 'B', concept: 'B', speaker: 'B' },
      }),
    );
    expect(out.decision).toMatchObject({
      edited: ['span', 'speaker', 'concept'],
      fieldsFrom: { span: 'B', concept: 'B', speaker: 'B' },
    });
  });

  it('a unit with no version at all', () => {
    expect(refusal(() => decideUnit(args({ kind: 'reject-all' }, { members: [null, null] }))).key).toBe(
      'curationUnits:error-emptyUnit',
    );
  });
});
