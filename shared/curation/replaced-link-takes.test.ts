import { describe, expect, it } from 'vitest';
import type { CurationDecision } from './curation-types.ts';
import { alsoReplacing, linkTakesOnGoneLinks } from './replaced-link-takes.ts';

const decision = (id: string, extra: Partial<CurationDecision>): CurationDecision => ({
  id,
  documentId: 'doc',
  kind: 'take',
  sources: [],
  considered: [],
  start: 0,
  end: 1,
  reason: 'r',
  quickReasons: [],
  curatorId: 'c',
  curatorName: 'C',
  at: '2026-12-02T10:00:00.000Z',
  ...extra,
});

describe('link takes ended with their curated link', () => {
  const takeA = decision('t-a', { kind: 'link-take', resultId: 'cl-a' });
  const takeB = decision('t-b', { kind: 'link-take', resultId: 'cl-b' });
  const oldTake = decision('t-old', { kind: 'link-take', resultId: 'cl-a' });
  const retake = decision('t-re', { kind: 'link-take', resultId: 'cl-a', replaces: ['t-old'] });
  const reject = decision('r-1', { kind: 'link-reject' });
  const unit = decision('u-1', { resultId: 'cl-a' });

  it('finds only the standing link-takes whose link is gone (not rejects, not replaced ones, not unit decisions)', () => {
    const all = [takeA, takeB, oldTake, retake, reject, unit];
    expect(linkTakesOnGoneLinks(all, new Set(['cl-a'])).map((d) => d.id)).toEqual(['t-a', 't-re']);
    expect(linkTakesOnGoneLinks(all, new Set())).toEqual([]);
  });

  it('adds them to what the decision replaces, each once, after its own', () => {
    const next = decision('u-2', { replaces: ['u-1', 't-a'] });
    expect(alsoReplacing(next, [takeA, takeB]).replaces).toEqual(['u-1', 't-a', 't-b']);
    expect(alsoReplacing(decision('u-3', {}), [])).not.toHaveProperty('replaces');
    expect(alsoReplacing(decision('u-3', {}), [takeB]).replaces).toEqual(['t-b']);
  });
});
