import { describe, expect, it } from 'vitest';
import { annotateSpan } from '../../anchoring/annotate-span.ts';
import { readStatementDescription, statementDescription } from './statement-description.ts';

const names = { actor: (id: string) => (id === 'a1' ? 'Министр\nобороны' : id), concept: (id: string) => `C ${id}` };
const base = annotateSpan('Some text here', { id: 'x', documentId: 'd', coderId: 'c', tagId: 't', start: 0, end: 4 });

describe('statementDescription', () => {
  it('writes each field present on a line of its own, in a fixed order, names on one line', () => {
    const a = {
      ...base,
      actorId: 'a2',
      conceptId: 'k',
      stance: 'opposes' as const,
      speakerId: 'a1',
      addresseeId: 'a2',
      statementDate: '2024',
    };
    expect(statementDescription(a, names)).toBe(
      'Speaker: Министр обороны\nAddressee: a2\nStance: opposes\nConcept: C k\nDate: 2024\nActor: a2',
    );
  });

  it('is null for a plain annotation', () => {
    expect(statementDescription(base, names)).toBeNull();
  });
});

describe('readStatementDescription', () => {
  it('reads back what statementDescription wrote', () => {
    const a = { ...base, speakerId: 'a1', stance: 'supports' as const, conceptId: 'k', statementDate: '2024-05' };
    expect(readStatementDescription(statementDescription(a, names) as string)).toEqual({
      speaker: 'Министр обороны',
      stance: 'supports',
      concept: 'C k',
      date: '2024-05',
    });
  });

  it("gives null for another tool's comment, an unknown stance or a field twice", () => {
    expect(readStatementDescription('A comment by a MAXQDA user')).toBeNull();
    expect(readStatementDescription('Speaker: X\nand then some')).toBeNull();
    expect(readStatementDescription('Stance: maybe')).toBeNull();
    expect(readStatementDescription('Speaker: X\nSpeaker: Y')).toBeNull();
  });
});
