import { describe, expect, it } from 'vitest';
import { curatedLayerExists, resultCoderId, resultLayerFor } from './result-layer.ts';

describe('resultLayerFor', () => {
  it('defaults to the curated layer once it exists, and to every layer before', () => {
    expect(resultLayerFor(null, true)).toBe('curated');
    expect(resultLayerFor(null, false)).toBe('all');
  });

  it('keeps the user’s choice while the curated layer exists', () => {
    expect(resultLayerFor('all', true)).toBe('all');
    expect(resultLayerFor('curated', true)).toBe('curated');
  });

  it('shows every layer when the chosen curated layer is gone (nothing to show)', () => {
    expect(resultLayerFor('curated', false)).toBe('all');
    expect(resultLayerFor('all', false)).toBe('all');
  });
});

describe('curatedLayerExists', () => {
  it('is true when some document has curated annotations', () => {
    expect(curatedLayerExists([{ coderIds: ['anna'] }, { coderIds: ['boris', 'curated'] }])).toBe(true);
    expect(curatedLayerExists([{ coderIds: ['anna'] }, { coderIds: [] }])).toBe(false);
    expect(curatedLayerExists([])).toBe(false);
    // A coder whose id merely contains the word is not the curated layer.
    expect(curatedLayerExists([{ coderIds: ['curated-2', 'not-curated'] }])).toBe(false);
  });
});

describe('resultCoderId', () => {
  it('limits calls to the curated coder for the curated layer only', () => {
    expect(resultCoderId('curated')).toBe('curated');
    expect(resultCoderId('all')).toBeUndefined();
  });
});
