import { describe, expect, it } from 'vitest';
import type { Codebook } from '../model/codebook.ts';
import { codebook, mapping } from './annotation.fixture.ts';
import { categoryLabeller, codebookOrder, everyTag, tagKindReader } from './labels.ts';

describe('categoryLabeller', () => {
  it('every tag as coded when no tags are chosen', () => {
    const of = categoryLabeller(codebook, [], everyTag);
    expect(of('ann', 'claim-causal')).toBe('claim-causal');
    expect(of('ann', 'not-in-codebook')).toBe('not-in-codebook');
  });

  it("reads a coder's tag through their mapping, and only that coder's", () => {
    const of = categoryLabeller(codebook, [mapping('bob', 'threat', 'claim')], everyTag);
    expect(of('bob', 'threat')).toBe('claim');
    expect(of('ann', 'threat')).toBe('threat');
  });

  it('rolls a sub-tag at any depth up to its nearest chosen ancestor, with sub-tags', () => {
    const of = categoryLabeller(codebook, [], { tagIds: ['claim', 'claim-causal'], withSubtags: true });
    expect(of('ann', 'claim-causal-deep')).toBe('claim-causal');
    expect(of('ann', 'claim-causal')).toBe('claim-causal');
    expect(of('ann', 'claim')).toBe('claim');
    const top = categoryLabeller(codebook, [], { tagIds: ['claim'], withSubtags: true });
    expect(top('ann', 'claim-causal-deep')).toBe('claim');
  });

  it('leaves out tags not chosen (nor under a chosen one), and sub-tags without "with sub-tags"', () => {
    const of = categoryLabeller(codebook, [], { tagIds: ['claim'], withSubtags: false });
    expect(of('ann', 'claim-causal')).toBeNull();
    expect(of('ann', 'proposal')).toBeNull();
    expect(of('ann', 'claim')).toBe('claim');
  });

  it('maps first, then rolls up', () => {
    const of = categoryLabeller(codebook, [mapping('bob', 'threat', 'claim-causal-deep')], {
      tagIds: ['claim'],
      withSubtags: true,
    });
    expect(of('bob', 'threat')).toBe('claim');
    expect(of('ann', 'threat')).toBeNull();
  });

  it('survives a cycle of parents in a damaged codebook', () => {
    const looped: Codebook = {
      tags: [
        { ...codebook.tags[0], id: 'x', parent: 'y' } as Codebook['tags'][number],
        { ...codebook.tags[0], id: 'y', parent: 'x' } as Codebook['tags'][number],
      ],
    };
    const of = categoryLabeller(looped, [], { tagIds: ['z'], withSubtags: true });
    expect(of('ann', 'x')).toBeNull();
  });
});

describe('codebookOrder and tagKindReader', () => {
  it('orders categories as the codebook does, unknown ids last by id', () => {
    expect(codebookOrder(codebook, ['zeta', 'threat', 'alpha', 'claim', 'threat'])).toEqual([
      'claim',
      'threat',
      'alpha',
      'zeta',
    ]);
  });

  it('reads kinds from the codebook, plain for an unknown tag', () => {
    const kind = tagKindReader(codebook);
    expect(kind('claim-causal')).toBe('statement');
    expect(kind('actor')).toBe('actor-mention');
    expect(kind('unknown')).toBe('plain');
  });
});
