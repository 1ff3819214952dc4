import { describe, expect, it } from 'vitest';
import type { Tag } from '../../model/codebook.ts';
import { bratNames, oneLine, safeTypeName, TypeNames } from './brat-names.ts';

const tag = (id: string, name: string, parent: string | null = null): Tag => ({
  id,
  name,
  parent,
  color: '#000000',
  description: '',
  shortcut: null,
  kind: 'plain',
});

describe('brat type names', () => {
  it('are one token of letters, digits, _ and -, starting with a letter', () => {
    expect(safeTypeName('<b>Claim</b> & "co"')).toBe('b_Claim_b_co');
    expect(safeTypeName('Угроза: терроризм')).toBe('Угроза_терроризм');
    expect(safeTypeName('2025 plan')).toBe('T_2025_plan');
    expect(safeTypeName('!!!')).toBe('T');
    expect(safeTypeName('a\tb\nc|d;e:f=g,h#i')).toBe('a_b_c_d_e_f_g_h_i');
    expect(safeTypeName('x'.repeat(100))).toHaveLength(60);
  });

  it('are unique (case-insensitively), never a name the export uses itself, and stable', () => {
    const names = new TypeNames();
    expect([names.take('Claim'), names.take('claim'), names.take('CLAIM!'), names.take('Stance')]).toEqual([
      'Claim',
      'claim_2',
      'CLAIM_3',
      'Stance_2',
    ]);
    const tags = [tag('b', 'Child', 'a'), tag('a', 'Parent'), tag('c', 'child')];
    const first = bratNames(tags, []);
    expect([...first.tag]).toEqual([
      ['a', 'Parent'],
      ['b', 'Child'],
      ['c', 'child_2'],
    ]);
    expect([...bratNames(tags, []).tag]).toEqual([...first.tag]);
  });

  it('single-line fields lose their line breaks and tabs', () => {
    expect(oneLine('a\nb\r\nc\u2028d\te\u0085f')).toBe('a b  c d e f');
  });
});
