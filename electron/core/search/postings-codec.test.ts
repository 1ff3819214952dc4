import { describe, expect, it } from 'vitest';
import { decodePostings, encodePostings } from './postings-codec.ts';

describe('postings as bytes', () => {
  it('read back as written, small gaps in a byte each, numbers up to 32 bits', () => {
    const lists = [Uint32Array.of(0, 1, 2, 3), Uint32Array.of(5), Uint32Array.of(127, 128, 16_511, 2 ** 32 - 1)];
    const bytes = encodePostings(lists);
    expect(bytes.length).toBeLessThan(20);
    const back = decodePostings(bytes, 3, 9, 2 ** 32);
    expect(back?.map((l) => [...l])).toEqual(lists.map((l) => [...l]));
  });

  it('refuses bytes that do not hold exactly what the header says', () => {
    const bytes = encodePostings([Uint32Array.of(1, 4), Uint32Array.of(0, 2)]);
    expect(decodePostings(bytes, 2, 4, 5)).not.toBeNull();
    expect(decodePostings(bytes.subarray(0, bytes.length - 1), 2, 4, 5)).toBeNull();
    expect(decodePostings(bytes, 2, 5, 5)).toBeNull();
    expect(decodePostings(bytes, 1, 2, 5)).toBeNull();
    expect(decodePostings(bytes, 2, 4, 4)).toBeNull();
    expect(decodePostings(Uint8Array.of(1, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01), 1, 1, 5)).toBeNull();
  });
});
