import { describe, expect, it } from 'vitest';
import { eachLimited } from './each-limited.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('eachLimited', () => {
  it('runs every item, never more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await eachLimited([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running++;
      most = Math.max(most, running);
      await tick();
      done.push(n);
      running--;
    });
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('on a failure starts nothing more, waits for those in flight, then throws the first error', async () => {
    const started: number[] = [];
    let finished = 0;
    const run = eachLimited([0, 1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      await tick();
      if (n === 1) throw new Error('disk full');
      finished++;
    });
    await expect(run).rejects.toThrow('disk full');
    // 0 and 1 ran together; 1 failed while 2 had started beside 0's successor: nothing after that.
    expect(started.length).toBeLessThan(6);
    expect(finished).toBe(started.length - 1);
  });

  it('does nothing for no items', async () => {
    await eachLimited([], 4, async () => {
      throw new Error('never');
    });
  });
});
