import { describe, expect, it } from 'vitest';
import { chosenCoders, defaultPrefs, rememberedPrefs, rememberPrefs } from './compare-prefs.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

describe('compare prefs', () => {
  it('remembers the choice per project', () => {
    const storage = memoryStorage();
    const prefs = {
      coderIds: ['a', 'b'],
      rule: { mode: 'exact' as const, threshold: 0.5 },
      layout: 'stacked' as const,
      curate: true,
    };
    rememberPrefs(storage, 'p1', prefs);
    expect(rememberedPrefs(storage, 'p1')).toEqual(prefs);
    expect(rememberedPrefs(storage, 'p2')).toEqual(defaultPrefs);
  });

  it('falls back field by field on what it cannot read', () => {
    const storage = memoryStorage();
    storage.setItem(
      'glossator.compare.p1',
      JSON.stringify({ coderIds: ['a'], rule: { mode: 'fuzzy' }, layout: 'stacked' }),
    );
    expect(rememberedPrefs(storage, 'p1')).toEqual({ ...defaultPrefs, layout: 'stacked' });
    storage.setItem('glossator.compare.p1', '{not json');
    expect(rememberedPrefs(storage, 'p1')).toEqual(defaultPrefs);
    expect(rememberedPrefs(undefined, 'p1')).toEqual(defaultPrefs);
  });

  it('compares the coders with layers unless two or more chosen ones are still in the project', () => {
    const coders = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const layers = new Set(['c', 'a', 'stranger']);
    expect(chosenCoders(defaultPrefs, coders, layers)).toEqual(['a', 'c']);
    expect(chosenCoders({ ...defaultPrefs, coderIds: ['c', 'b'] }, coders, layers)).toEqual(['c', 'b']);
    expect(chosenCoders({ ...defaultPrefs, coderIds: ['c', 'gone'] }, coders, layers)).toEqual(['a', 'c']);
    // Fewer than two coders with layers: every coder (the view then says what is missing).
    expect(chosenCoders(defaultPrefs, coders, new Set(['a']))).toEqual(['a', 'b', 'c']);
  });

  it('never compares the curated layer, chosen or with layers', () => {
    const coders = [{ id: 'a' }, { id: 'curated' }, { id: 'b' }];
    expect(chosenCoders(defaultPrefs, coders, new Set(['a', 'b', 'curated']))).toEqual(['a', 'b']);
    expect(chosenCoders({ ...defaultPrefs, coderIds: ['a', 'curated'] }, coders, new Set(['a']))).toEqual(['a', 'b']);
  });
});
