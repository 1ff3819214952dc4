import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addTestDocument, openTestStore } from '../testing/open-test-store.ts';
import { runAndKill } from '../testing/kill-child.ts';
import { tempDir } from '../testing/temp-dir.ts';

const child = fileURLToPath(new URL('../testing/save-loop-child.ts', import.meta.url));
const TRIALS = 20;
const SAVES = 1000;

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

/** Runs the save loop and kills it with SIGKILL `killAfterMs` after it is ready; returns the acknowledged ids. */
async function runLoop(killAfterMs: number, prefix: string): Promise<{ acked: number[]; finished: boolean }> {
  const { acks, finished } = await runAndKill(child, [dir, String(SAVES), prefix], killAfterMs);
  return { acked: acks.map((words) => Number(words[0])), finished };
}

describe('durability under SIGKILL', () => {
  it(`keeps every acknowledged save when the process is killed at random moments (${TRIALS} trials of ${SAVES} saves)`, async () => {
    const text =
      'Государства региона договорились расширить обмен данными о деятельности экстремистских групп. '.repeat(4);
    const setup = await openTestStore(dir);
    await addTestDocument(setup, 'doc-a', text);
    await setup.close();

    let killedMidway = 0;
    let totalAcked = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      // Each trial saves under fresh ids, so earlier trials cannot hide a loss.
      const prefix = `t${trial}`;
      const { acked, finished } = await runLoop(Math.floor(Math.random() * 400), prefix);
      if (!finished) killedMidway++;
      const store = await openTestStore(dir);
      try {
        expect(store.problems).toEqual([]);
        const present = new Set(store.annotations('doc-a').map((a) => a.id));
        const lost = acked.filter((i) => !present.has(`${prefix}-${i}`));
        expect(lost, `trial ${trial}: acknowledged saves lost after SIGKILL`).toEqual([]);
        for (const a of store.annotations('doc-a')) expect(a.quote.exact).toBe(text.slice(a.start, a.end));
        totalAcked += acked.length;
      } finally {
        await store.close();
      }
    }
    // The test means something only if most kills landed while saves were going on.
    expect(killedMidway).toBeGreaterThan(TRIALS / 2);
    expect(totalAcked).toBeGreaterThan(0);
  }, 180_000);
});
