import { describe, expect, it } from 'vitest';
import { readAhead } from './bundle-import-read-ahead.ts';

describe('readAhead', () => {
  it('reads in order with a bounded number in flight, and yields in order', async () => {
    let inFlight = 0;
    let most = 0;
    const started: number[] = [];
    const read = async (n: number) => {
      started.push(n);
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, (10 - n) * 2));
      inFlight--;
      return n * 10;
    };
    const out: number[] = [];
    for await (const r of readAhead([1, 2, 3, 4, 5, 6, 7, 8, 9], 3, read)) out.push(r);
    expect(out).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90]);
    expect(started).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(most).toBe(3);
  });

  it('a failed read fails the loop at its turn', async () => {
    const read = async (n: number) => {
      if (n === 2) throw new Error('broken');
      return n;
    };
    const out: number[] = [];
    await expect(
      (async () => {
        for await (const r of readAhead([1, 2, 3], 2, read)) out.push(r);
      })(),
    ).rejects.toThrow('broken');
    expect(out).toEqual([1]);
  });
});
