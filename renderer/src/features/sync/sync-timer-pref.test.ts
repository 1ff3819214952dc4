import { describe, expect, it } from 'vitest';
import { rememberSyncTimer, rememberedSyncTimer } from './sync-timer-pref.ts';

function memory(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

describe('the sync timer preference', () => {
  it('is off until turned on, per project', () => {
    const storage = memory();
    expect(rememberedSyncTimer(storage, 'p1')).toBe(false);
    rememberSyncTimer(storage, 'p1', true);
    expect(rememberedSyncTimer(storage, 'p1')).toBe(true);
    expect(rememberedSyncTimer(storage, 'p2')).toBe(false);
    rememberSyncTimer(storage, 'p1', false);
    expect(rememberedSyncTimer(storage, 'p1')).toBe(false);
  });

  it('survives a storage that refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(rememberedSyncTimer(refusing, 'p')).toBe(false);
    expect(() => rememberSyncTimer(refusing, 'p', true)).not.toThrow();
    expect(rememberedSyncTimer(undefined, 'p')).toBe(false);
  });
});
