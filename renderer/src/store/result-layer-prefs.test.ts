import { describe, expect, it } from 'vitest';
import { rememberedResultLayer, rememberResultLayer } from './result-layer-prefs.ts';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

describe('the remembered result layer', () => {
  it('is remembered per project; none chosen reads as null', () => {
    const storage = memoryStorage();
    expect(rememberedResultLayer(storage, 'p1')).toBeNull();
    rememberResultLayer(storage, 'p1', 'all');
    rememberResultLayer(storage, 'p2', 'curated');
    expect(rememberedResultLayer(storage, 'p1')).toBe('all');
    expect(rememberedResultLayer(storage, 'p2')).toBe('curated');
    expect(storage.items.get('glossator.resultLayer.p1')).toBe('all');
  });

  it('reads anything else, a refused storage or none as no choice', () => {
    const storage = memoryStorage();
    storage.items.set('glossator.resultLayer.p1', 'mine');
    expect(rememberedResultLayer(storage, 'p1')).toBeNull();
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(rememberedResultLayer(refusing, 'p1')).toBeNull();
    expect(() => rememberResultLayer(refusing, 'p1', 'all')).not.toThrow();
    expect(rememberedResultLayer(undefined, 'p1')).toBeNull();
  });
});
