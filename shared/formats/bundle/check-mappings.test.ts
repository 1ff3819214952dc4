import { describe, expect, it } from 'vitest';
import type { TagMapping } from '../../model/tag-mapping.ts';
import { BundleIds } from './bundle-ids.ts';
import { checkMappings } from './check-mappings.ts';
import { BundleProblem } from './bundle-problem.ts';

const when = '2026-12-02T10:00:00.000Z';
const m = (id: string, coderId: string, fromTagId: string, toTagId: string): TagMapping => ({
  id,
  coderId,
  fromTagId,
  toTagId,
  created: when,
  modified: when,
});

function ids(): BundleIds {
  const out = new BundleIds();
  for (const t of ['claim', 'threat']) out.add('tag', t, 'codebook.json');
  out.add('coder', 'c1', 'coders.json');
  return out;
}

function refusal(mappings: TagMapping[]): string | null {
  try {
    checkMappings(mappings, ['c1'], ids());
    return null;
  } catch (error) {
    return error instanceof BundleProblem ? error.text.key : String(error);
  }
}

describe('checkMappings (a bundle’s tag-mappings.json)', () => {
  it('takes mappings of the bundle’s layers between its tags', () => {
    expect(refusal([m('m1', 'c1', 'threat', 'claim')])).toBeNull();
  });

  it('refuses another coder’s, a missing tag, a tag onto itself, a tag mapped twice, an id used twice', () => {
    expect(refusal([m('m1', 'c2', 'threat', 'claim')])).toBe('bundles:mappingNotOfLayer');
    expect(refusal([m('m1', 'c1', 'nope', 'claim')])).toBe('bundles:missingReference');
    expect(refusal([m('m1', 'c1', 'claim', 'claim')])).toBe('bundles:mappingOntoItself');
    expect(refusal([m('m1', 'c1', 'threat', 'claim'), m('m2', 'c1', 'threat', 'claim')])).toBe('bundles:mappingTwice');
    expect(refusal([m('claim', 'c1', 'threat', 'claim')])).toBe('bundles:idOfTwoKinds');
  });
});
