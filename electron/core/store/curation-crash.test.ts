import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CURATED_CODER_ID } from '../../../shared/curation/curation-types.ts';
import { runAndKill } from '../testing/kill-child.ts';
import { addTestDocument, openTestStore, testAnnotation } from '../testing/open-test-store.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { layout } from './project-layout.ts';

const child = fileURLToPath(new URL('../testing/curation-loop-child.ts', import.meta.url));
const TRIALS = 20;
/** Trials go on past TRIALS (up to this) only while one of the two outcomes has not been seen yet. */
const MAX_TRIALS = 30;

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

describe('a curation decision is all or nothing across SIGKILL', () => {
  it(`curated layer file, curation file and project.json: after a kill, all three or none (${TRIALS}+ trials)`, async () => {
    const text = 'Токаев заявил: угроза терроризма сохраняется. '.repeat(20);
    const setup = await openTestStore(dir);
    await addTestDocument(setup, 'doc-a', text);
    await setup.putAnnotation(testAnnotation('doc-a', text, 0, 6, 'doc-a-1'));
    await setup.close();
    let killedMidway = 0;
    // `undecided` counts only kills after the loop did some work (a kill before its first commit proves nothing);
    // `aheadOfAcks`: the state is one step past the last ack, so the kill landed inside a commit or just after it.
    const seen = { decided: 0, undecided: 0, aheadOfAcks: 0 };
    let trial = 0;
    for (; trial < TRIALS || (trial < MAX_TRIALS && (!seen.decided || !seen.undecided)); trial++) {
      const { acks, finished } = await runAndKill(child, [dir], 30 + Math.floor(Math.random() * 400));
      if (!finished) killedMidway++;
      // Steps alternate: an even step decides, an odd one takes it back; the last ack says where the loop was.
      const lastAck = acks.length ? Number(acks[acks.length - 1]?.[0]) : -1;
      const ackedDecided = lastAck >= 0 && lastAck % 2 === 0;
      const store = await openTestStore(dir);
      try {
        expect(store.problems, `trial ${trial}`).toEqual([]);
        const curated = store.annotationsOf('doc-a').filter((a) => a.coderId === CURATED_CODER_ID);
        const decisions = store.curationDecisionsOf('doc-a');
        const coder = store.info().coders.some((c) => c.id === CURATED_CODER_ID);
        const status = store.curationStatusOf('doc-a');
        const decided = decisions.length === 1;
        // Every part of the step, or none of it.
        expect([curated.length, decisions.length, coder, status], `trial ${trial} after ${acks.length} acks`).toEqual(
          decided ? [1, 1, true, 'in-progress'] : [0, 0, false, 'not-started'],
        );
        expect(existsSync(layout.curationFile(dir, 'doc-a'))).toBe(decided);
        expect(existsSync(layout.layerFile(dir, 'doc-a', CURATED_CODER_ID))).toBe(decided);
        if (decided) seen.decided++;
        else if (acks.length) seen.undecided++;
        if (decided !== ackedDecided) seen.aheadOfAcks++;
        // Leave it undecided for the next trial's loop, which starts by deciding.
        if (decided) {
          const d = decisions[0]!;
          await store.commit({
            annotations: [{ id: curated[0]!.id, documentId: 'doc-a', after: null }],
            curationDecisions: [{ id: d.id, after: null }],
            curationStatuses: [{ id: 'doc-a', after: null }],
            coders: [{ id: CURATED_CODER_ID, after: null }],
          });
        }
      } finally {
        await store.close();
      }
    }
    console.log(
      `curation: ${killedMidway} of ${trial} killed mid-loop; found decided ${seen.decided}, undecided after work ${seen.undecided}, one step past the last ack ${seen.aheadOfAcks}`,
    );
    expect(killedMidway).toBeGreaterThan(trial / 2);
    // The trial proves something only if kills landed both with the decision written and without it.
    expect(seen.decided, 'kills that found the decision written').toBeGreaterThan(0);
    expect(seen.undecided, 'kills after work that found it taken back').toBeGreaterThan(0);
  }, 180_000);
});
