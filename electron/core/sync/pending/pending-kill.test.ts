import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAndKill } from '../../testing/kill-child.ts';
import { addTestDocument, openTestStore } from '../../testing/open-test-store.ts';
import { tempDir } from '../../testing/temp-dir.ts';
import { PENDING_FILE } from './pending-sync-paths.ts';

const child = fileURLToPath(new URL('./pending-loop-child.ts', import.meta.url));
const TRIALS = 12;
const DOCUMENTS = 12;

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

describe('the pending record under SIGKILL', () => {
  it(`names every acknowledged save's file after a kill at a random moment (${TRIALS} trials)`, async () => {
    mkdirSync(join(dir, '.git'));
    const setup = await openTestStore(dir);
    const ids = Array.from({ length: DOCUMENTS }, (_, i) => `doc-${i}`);
    for (const id of ids)
      await addTestDocument(setup, id, 'Государства региона договорились расширить обмен. '.repeat(3));
    await setup.close();

    let checked = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const { acks } = await runAndKill(child, [dir, ...ids], 50 + Math.floor(Math.random() * 300));
      // Saves acknowledged after the last clear began: a clear in flight may have ended, nothing after it had.
      const lastClearing = acks.map((a) => a[0]).lastIndexOf('clearing');
      const required = new Set(
        acks
          .slice(lastClearing + 1)
          .flatMap((a) => (a[0] === 'save' ? [`documents/${a[1]}/annotations.coder-test.json`] : [])),
      );
      // Written by rename, so never half a file: always readable, never unknown here (the child made it known).
      expect(existsSync(join(dir, PENDING_FILE))).toBe(true);
      const { paths } = JSON.parse(readFileSync(join(dir, PENDING_FILE), 'utf8')) as { paths: string[] };
      const missing = [...required].filter((p) => !paths.includes(p));
      expect(missing, `trial ${trial}: acknowledged saves not in the pending record`).toEqual([]);
      checked += required.size;
    }
    // Means something only if kills landed with saves acknowledged since the last clear.
    expect(checked).toBeGreaterThan(TRIALS);
  }, 120_000);
});
