import { describe, expect, it } from 'vitest';
import { coderName, isOwnRecord } from './layer-owner.ts';

describe('isOwnRecord', () => {
  it('is true only for the coder who made the record', () => {
    expect(isOwnRecord({ coderId: 'a' }, 'a')).toBe(true);
    expect(isOwnRecord({ coderId: 'a' }, 'b')).toBe(false);
    // Ids, never names: two coders called alike are still two layers.
    expect(isOwnRecord({ coderId: 'A' }, 'a')).toBe(false);
  });
});

describe('coderName', () => {
  it("gives the project's display name, or the id of a coder the project does not know", () => {
    const coders = [{ id: 'a', name: 'Анна' }];
    expect(coderName(coders, 'a')).toBe('Анна');
    expect(coderName(coders, 'x')).toBe('x');
  });
});
