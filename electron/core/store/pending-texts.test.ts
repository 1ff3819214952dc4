import { rename } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type WriteFs, nodeFs } from '../fs/durable-write.ts';
import { addTestDocument, openTestStore } from '../testing/open-test-store.ts';
import { tempDir } from '../testing/temp-dir.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const text = 'Текст, который вернётся целиком. 🛡️';

/** Node's file system, whose renames wait while `hold` is set (a change's files stay unwritten meanwhile). */
function heldFs() {
  let release: () => void = () => {};
  let held: Promise<void> | null = null;
  let reached: () => void = () => {};
  const waiting = new Promise<void>((done) => {
    reached = done;
  });
  const fs: WriteFs = {
    ...nodeFs,
    rename: (async (from: string, to: string) => {
      if (held) {
        reached();
        await held;
      }
      return rename(from, to);
    }) as typeof rename,
  };
  return {
    fs,
    hold: () => {
      held = new Promise((done) => {
        release = done;
      });
    },
    release: () => {
      held = null;
      release();
    },
    /** Resolves once a rename is held. */
    waiting,
  };
}

describe('a document a change brings back', () => {
  it('is read from the change while its files are being written, not reported missing and made read-only', async () => {
    const gate = heldFs();
    const store = await openTestStore(dir, gate.fs);
    await addTestDocument(store, 'doc-a', text);
    const undoDelete = await store.commit({ wholeDocuments: [{ id: 'doc-a', after: null }] });
    gate.hold();
    const restoring = store.commit(undoDelete);
    await gate.waiting;
    // A background reader (the search index) asks for the text while the change's files are not yet in place.
    expect((await store.text('doc-a')).text).toBe(text);
    gate.release();
    await restoring;
    expect(store.problems).toEqual([]);
    expect((await store.text('doc-a')).text).toBe(text);
    await store.close();
  });
});
