import { describe, expect, it } from 'vitest';
import { actorConceptEdges, actorOneModeEdges, type StatementFact } from './discourse-network.ts';

// A hand-made example: three actors, two concepts.
//   SCO programme:  Tokayev supports (twice), Rakhmon supports, Analyst opposes
//   Border checks:  Tokayev opposes, Analyst opposes, Rakhmon neutral
const facts: StatementFact[] = [
  { actorId: 'tokayev', conceptId: 'sco', stance: 'supports', date: '2024-07-04' },
  { actorId: 'tokayev', conceptId: 'sco', stance: 'supports', date: '2024-03-14' },
  { actorId: 'rakhmon', conceptId: 'sco', stance: 'supports', date: '2024-07-05' },
  { actorId: 'analyst', conceptId: 'sco', stance: 'opposes', date: '2024-08-01' },
  { actorId: 'tokayev', conceptId: 'borders', stance: 'opposes', date: null },
  { actorId: 'analyst', conceptId: 'borders', stance: 'opposes', date: '2023-01' },
  { actorId: 'rakhmon', conceptId: 'borders', stance: 'neutral', date: '2024-01-01' },
];

const simple = (edges: ReturnType<typeof actorOneModeEdges>) =>
  edges.map((e) => `${e.source}–${e.target}:${e.weight}`).sort();

describe('discourse networks', () => {
  it('ties actors to concepts by stance, weighted by the number of statements, with first and last dates', () => {
    const edges = actorConceptEdges(facts);
    expect(edges).toHaveLength(6);
    expect(edges.find((e) => e.source === 'tokayev' && e.target === 'sco')).toEqual({
      source: 'tokayev',
      target: 'sco',
      weight: 2,
      stance: 'supports',
      firstDate: '2024-03-14',
      lastDate: '2024-07-04',
    });
    expect(edges.find((e) => e.source === 'rakhmon' && e.target === 'borders')?.stance).toBe('neutral');
  });

  it('counts congruence: the same position on a concept; neutral statements tie no one', () => {
    expect(simple(actorOneModeEdges(facts, 'congruence'))).toEqual(['analyst–tokayev:1', 'rakhmon–tokayev:1']);
  });

  it('counts conflict: opposite positions on a concept', () => {
    expect(simple(actorOneModeEdges(facts, 'conflict'))).toEqual(['analyst–rakhmon:1', 'analyst–tokayev:1']);
    // Dated by the statements that make the tie (SCO), not by the analyst's 2023 statement on borders.
    const tie = actorOneModeEdges(facts, 'conflict').find((e) => e.target === 'tokayev');
    expect(tie).toMatchObject({ firstDate: '2024-03-14', lastDate: '2024-08-01' });
  });

  it('counts each concept once per pair, and an actor on both sides of a concept on both', () => {
    const more: StatementFact[] = [
      ...facts,
      { actorId: 'tokayev', conceptId: 'borders', stance: 'supports' },
      { actorId: 'analyst', conceptId: 'sco', stance: 'opposes' },
    ];
    expect(simple(actorOneModeEdges(more, 'congruence'))).toEqual(['analyst–tokayev:1', 'rakhmon–tokayev:1']);
    // tokayev now supports and opposes border checks: in conflict with analyst there as well as on SCO.
    expect(simple(actorOneModeEdges(more, 'conflict'))).toEqual(['analyst–rakhmon:1', 'analyst–tokayev:2']);
  });
});
