import { describe, expect, it } from 'vitest';
import type { CurationDecision } from '../../curation/curation-types.ts';
import { type BundleCuration, BundleCurationSchema, bundleCurationLimits } from './bundle-curation.ts';
import { BundleIds } from './bundle-ids.ts';
import { BundleProblem } from './bundle-problem.ts';
import { checkCuration } from './check-curation.ts';

const when = '2026-12-02T10:00:00.000Z';
const decision = (over: Partial<CurationDecision> = {}): CurationDecision => ({
  id: 'd1',
  documentId: 'doc1',
  kind: 'take',
  sources: [{ coderId: 'anna', id: 'a1' }],
  considered: [{ coderId: 'bea', id: 'gone-1' }],
  start: 0,
  end: 4,
  takenFrom: 'anna',
  resultId: 'c1',
  reason: 'rule 3',
  quickReasons: [],
  curatorId: 'anna',
  curatorName: 'Anna',
  at: when,
  ...over,
});

function refusal(curation: Partial<BundleCuration>): string | null {
  const ids = new BundleIds();
  ids.add('document', 'doc1', 'documents/doc1/document.json');
  ids.add('document', 'doc2', 'documents/doc2/document.json');
  ids.add('annotation', 'a1', 'documents/doc1/annotations.anna.json');
  ids.add('annotation', 'c1', 'documents/doc1/annotations.curated.json');
  ids.add('tag', 'claim', 'codebook.json');
  try {
    checkCuration(
      { decisions: [], statuses: [], quickReasons: [], ...curation },
      { annotations: new Map([['c1', 'doc1']]), links: new Set() },
      ids,
    );
    return null;
  } catch (error) {
    return error instanceof BundleProblem ? error.text.key : String(error);
  }
}

describe('checkCuration (a bundle’s curation.json)', () => {
  it('takes decisions on its documents, made from its annotations or from records gone, with their results', () => {
    expect(refusal({ decisions: [decision()] })).toBeNull();
    // A replaced decision's result is gone with it.
    expect(
      refusal({ decisions: [decision({ resultId: 'gone-result' }), decision({ id: 'd2', replaces: ['d1'] })] }),
    ).toBeNull();
  });

  it('refuses bad ids, documents outside the bundle, sources and results of the wrong kind', () => {
    expect(refusal({ decisions: [decision({ documentId: 'elsewhere' })] })).toBe('bundles:missingReference');
    expect(refusal({ decisions: [decision(), decision()] })).toBe('curationBundles:idTaken');
    expect(refusal({ decisions: [decision({ id: 'a1' })] })).toBe('curationBundles:idTaken');
    expect(refusal({ decisions: [decision({ replaces: ['nope'] })] })).toBe('curationBundles:replacesUnknown');
    expect(refusal({ decisions: [decision({ sources: [{ coderId: 'anna', id: 'claim' }] })] })).toBe(
      'curationBundles:badSource',
    );
    expect(refusal({ decisions: [decision({ sources: [{ coderId: 'curated', id: 'c1' }] })] })).toBe(
      'curationBundles:badSource',
    );
    expect(refusal({ decisions: [decision({ resultId: 'a1' })] })).toBe('curationBundles:badResult');
    expect(refusal({ decisions: [decision({ resultId: 'nowhere' })] })).toBe('curationBundles:badResult');
    expect(refusal({ decisions: [decision({ documentId: 'doc2' })] })).toBe('curationBundles:badResult');
    const status = { id: 'doc1', status: 'done' as const, curatorId: 'anna', curatorName: 'Anna', at: when };
    expect(refusal({ statuses: [status, status] })).toBe('curationBundles:statusTwice');
    expect(refusal({ statuses: [{ ...status, id: 'doc9' }] })).toBe('bundles:missingReference');
    const reason = { id: 'q1', label: 'Rule 3', created: when };
    expect(refusal({ quickReasons: [reason, { ...reason, id: 'q2', label: ' rule 3' }] })).toBe(
      'curationBundles:labelTwice',
    );
  });

  it('refuses too many rows by its schema', () => {
    const many = Array.from({ length: bundleCurationLimits.quickReasons + 1 }, (_, i) => ({
      id: `q${i}`,
      label: `reason ${i}`,
      created: when,
    }));
    expect(BundleCurationSchema.safeParse({ decisions: [], statuses: [], quickReasons: many }).success).toBe(false);
    expect(BundleCurationSchema.safeParse({ decisions: [decision()], statuses: [], quickReasons: [] }).success).toBe(
      true,
    );
  });
});
