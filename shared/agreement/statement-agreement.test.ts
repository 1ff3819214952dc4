import { describe, expect, it } from 'vitest';
import type { StatementVariable } from './agreement-types.ts';
import { ann, codebook } from './annotation.fixture.ts';
import { coderColumns, documentUnits } from './document-units.ts';
import { categoryLabeller, everyTag, tagKindReader } from './labels.ts';
import { statementAgreement } from './statement-agreement.ts';

/**
 * A hand-made document (dated 8 September 2023), two coders:
 * 1. a claim / a proposal over nearly the same words (aligned whatever the tag): same speaker, stances differ;
 * 2. the same claim: speakers differ, Анна dates it January 2023, Борис leaves the document's date;
 * 3. a claim only Анна marked: not compared;
 * 4. two actor mentions: the same actor; an actor against none;
 * 5. a plain tag: not a statement, not compared.
 */
const annotations = [
  ann('ann', 'claim', 0, 10, { speakerId: 's1', stance: 'supports' }),
  ann('bob', 'proposal', 2, 10, { speakerId: 's1', stance: 'opposes' }),
  ann('ann', 'claim-causal', 20, 30, { speakerId: 's2', statementDate: '2023-01' }),
  ann('bob', 'claim', 20, 30, { speakerId: 's3' }),
  ann('ann', 'claim', 50, 60, { speakerId: 's1' }),
  ann('ann', 'actor', 70, 75, { actorId: 'x' }),
  ann('bob', 'actor', 70, 75, { actorId: 'x' }),
  ann('ann', 'actor', 80, 85, { actorId: 'y' }),
  ann('bob', 'actor', 80, 86),
  ann('ann', 'threat', 90, 95),
  ann('bob', 'threat', 90, 95),
];

function figures() {
  const formed = documentUnits(annotations, coderColumns(['ann', 'bob']), categoryLabeller(codebook, [], everyTag), {
    mode: 'exact',
    threshold: 0,
  });
  const result = statementAgreement([{ date: '08.09.2023', spans: formed.spans }], 2, tagKindReader(codebook));
  return new Map<StatementVariable, (typeof result)[number]>(result.map((v) => [v.variable, v]));
}

describe('statementAgreement', () => {
  const v = figures();

  it('compares every variable over the statements both coders marked', () => {
    expect([...v.keys()]).toEqual(['speaker', 'addressee', 'stance', 'concept', 'date', 'actor']);
    for (const name of ['speaker', 'addressee', 'stance', 'concept', 'date'] as const) {
      expect(v.get(name)?.units).toBe(2);
    }
  });

  it('speaker: one of two agrees (κ = (0.5 − 0.25)/0.75 = 1/3, α = 0.4 by hand)', () => {
    expect(v.get('speaker')?.percent.value).toBe(0.5);
    expect(v.get('speaker')?.cohen?.value).toBeCloseTo(1 / 3, 12);
    expect(v.get('speaker')?.alpha.value).toBeCloseTo(0.4, 12);
  });

  it('an unset field is the value "none", not a missing one: no addressee or concept anywhere agrees', () => {
    expect(v.get('addressee')?.percent.value).toBe(1);
    expect(v.get('addressee')?.alpha).toMatchObject({ value: null, reason: 'no-variation', units: 2 });
    expect(v.get('concept')?.percent.value).toBe(1);
    // supports/opposes, then none/none.
    expect(v.get('stance')?.percent.value).toBe(0.5);
    expect(v.get('stance')?.cohen?.value).toBeCloseTo(1 / 3, 12);
  });

  it("date: a statement's own date, else its document's (08.09.2023 read as 2023-09-08)", () => {
    expect(v.get('date')?.percent.value).toBe(0.5);
    expect(v.get('date')?.cohen?.value).toBeCloseTo(0, 12);
  });

  it('actor: over aligned actor mentions; an actor against none differs', () => {
    expect(v.get('actor')?.units).toBe(2);
    expect(v.get('actor')?.percent.value).toBe(0.5);
  });

  it('no statements both coders marked: every variable undefined, no units', () => {
    const none = statementAgreement([{ date: null, spans: [] }], 2, tagKindReader(codebook));
    for (const f of none) {
      expect(f.units).toBe(0);
      expect(f.percent).toMatchObject({ value: null, reason: 'no-units' });
      expect(f.alpha).toMatchObject({ value: null, reason: 'no-units' });
    }
  });

  it('three coders: no Cohen, α with a coder missing', () => {
    const formed = documentUnits(
      [...annotations, ann('cat', 'claim', 0, 9, { speakerId: 's1' })],
      coderColumns(['ann', 'bob', 'cat']),
      categoryLabeller(codebook, [], everyTag),
      { mode: 'exact', threshold: 0 },
    );
    const three = statementAgreement([{ date: null, spans: formed.spans }], 3, tagKindReader(codebook));
    const speaker = three.find((f) => f.variable === 'speaker');
    expect(speaker?.cohen).toBeNull();
    expect(speaker?.units).toBe(2);
    expect(speaker?.percent.units).toBe(1);
    expect(speaker?.alpha.units).toBe(2);
  });
});
