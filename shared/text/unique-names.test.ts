import { describe, expect, it } from 'vitest';
import { findNameClash, nameKey, sameName } from './unique-names.ts';

describe('sameName', () => {
  it('ignores case, ё/е, surrounding and repeated spaces, and Unicode composition', () => {
    expect(sameName('Терроризм', ' терроризм ')).toBe(true);
    expect(sameName('Ёлка', 'елка')).toBe(true);
    expect(sameName('Программа  ШОС', 'программа шос')).toBe(true);
    expect(sameName('Программа\tШОС', 'Программа ШОС')).toBe(true);
    expect(sameName('Й', 'И\u0306')).toBe(true);
    expect(sameName('КНБ', 'KNB')).toBe(false);
    expect(sameName('Токаев', 'Токаева')).toBe(false);
  });

  it('keys names in one form', () => {
    expect(nameKey('  Ёжик  в  Тумане ')).toBe('ежик в тумане');
  });
});

describe('findNameClash', () => {
  const actors = [
    { id: 'a', name: 'КНБ' },
    { id: 'b', name: 'Горбачёв' },
  ];

  it('finds the item holding the name, in its own spelling', () => {
    expect(findNameClash(actors, 'кнб')?.id).toBe('a');
    expect(findNameClash(actors, 'Горбачев')?.name).toBe('Горбачёв');
    expect(findNameClash(actors, 'Рахмон')).toBeUndefined();
  });

  it('leaves out the item being renamed', () => {
    expect(findNameClash(actors, 'Горбачев', 'b')).toBeUndefined();
    expect(findNameClash(actors, 'кнб', 'b')?.id).toBe('a');
  });
});
