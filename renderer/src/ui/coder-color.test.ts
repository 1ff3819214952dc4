import { describe, expect, it } from 'vitest';
import { coderColor, initials } from './coder-color.ts';

describe('coderColor', () => {
  it('gives each of the project coders a colour of their own, the same every time', () => {
    const coders = Array.from({ length: 8 }, (_, i) => ({ id: `c${i}`, name: `Coder ${i}` }));
    const colours = coders.map((c) => coderColor(coders, c.id));
    expect(new Set(colours).size).toBe(8);
    expect(coderColor(coders, 'c3')).toBe(colours[3]);
    // A coder the project does not know still gets one, from their id.
    expect(coderColor(coders, 'stranger')).toBe(coderColor([], 'stranger'));
  });
});

describe('initials', () => {
  it('takes the first letters of up to two words, hyphenated names included', () => {
    expect(initials('Анастасия Владимировна Колесникова-Щербакова')).toBe('АВ');
    expect(initials('Колесникова-Щербакова')).toBe('КЩ');
    expect(initials('anna')).toBe('A');
    expect(initials('   ')).toBe('?');
  });
});
