import { describe, expect, it } from 'vitest';
import { CoderMappingError, defaultTarget, mapCoders } from './match-coders.ts';

const me = { id: 'me', name: 'Me' };
const bea = { id: 'bea', name: 'Bea' };
const carl = { id: 'carl', name: 'Carl' };
const fresh = () => 'fresh-id';

describe('mapCoders', () => {
  it('by default: me ignored, a coder known here onto them, anyone else a new layer under their id', () => {
    expect(defaultTarget(bea, [me, bea], 'me')).toBe('bea');
    expect(defaultTarget(carl, [me, bea], 'me')).toBe('new');
    expect(mapCoders([me, bea, carl], [me, bea], 'me', {}, fresh)).toEqual([
      { kind: 'mine', theirs: me },
      { kind: 'existing', theirs: bea, ourId: 'bea' },
      { kind: 'new', theirs: carl, ourId: 'carl' },
    ]);
  });

  it('follows the user: onto another coder, or a new layer with a fresh id when theirs is taken', () => {
    expect(mapCoders([bea, carl], [me, bea], 'me', { bea: 'new', carl: 'bea' }, fresh)).toEqual([
      { kind: 'new', theirs: bea, ourId: 'fresh-id' },
      { kind: 'existing', theirs: carl, ourId: 'bea' },
    ]);
  });

  it('refuses me, an unknown coder, two layers onto one, and a layer the bundle does not hold', () => {
    const refusal = (decided: Record<string, string>) => {
      try {
        mapCoders([bea, carl], [me, bea], 'me', decided, fresh);
      } catch (error) {
        return error instanceof CoderMappingError ? error.text.key : 'other';
      }
      return null;
    };
    expect(refusal({ bea: 'me' })).toBe('bundles:cannotMapOntoMe');
    expect(refusal({ bea: 'nobody' })).toBe('bundles:noSuchCoder');
    expect(refusal({ carl: 'bea' })).toBe('bundles:twoLayersOntoOne');
    expect(refusal({ dora: 'new' })).toBe('bundles:noSuchLayer');
  });
});
