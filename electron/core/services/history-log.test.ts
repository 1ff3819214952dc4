import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addTestDocument, openTestStore, testCoder } from '../testing/open-test-store.ts';
import { runAndKill } from '../testing/kill-child.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { openTestSession, type TestSession } from '../testing/test-session.ts';
import { createHandlers } from './create-handlers.ts';
import { createDispatch } from './dispatch.ts';
import { HistoryLog, historyFile } from './history-log.ts';
import { ProjectSession } from './project-session.ts';
import { message } from '../../../shared/i18n/message.ts';
import { inEnglish } from '../../../shared/ipc/errors.ts';

const text = 'Эксперт заявил о росте угрозы. Министр предложил расширить сотрудничество с ОДКБ и ШОС.';

describe('undo across a restart', () => {
  let t: TestSession;
  beforeEach(async () => {
    t = await openTestSession();
  });
  afterEach(() => t.close());

  it('undoes after reopening the last change made before closing, and redoes it', async () => {
    const doc = await t.call('addDocument', { title: 'Текст', text });
    await t.call('createAnnotation', { documentId: doc.id, tagId: 'claim', start: 0, end: 7 });
    const b = await t.call('createAnnotation', { documentId: doc.id, tagId: 'proposal', start: 31, end: 38 });
    await t.call('updateAnnotation', { annotationId: b.id, note: 'заметка' });
    await t.call('undo', {});
    await t.session.close();

    await t.session.open(t.dir, { withSample: false });
    const labels = await t.call('getHistory', {});
    expect(inEnglish(labels.undo)).toBe('Tag as Proposal');
    expect(inEnglish(labels.redo)).toMatch(/memo|note/i);
    await t.call('redo', {});
    expect((await t.call('listAnnotations', { documentId: doc.id })).find((a) => a.id === b.id)?.note).toBe('заметка');
    await t.call('undo', {});
    await t.call('undo', {});
    expect((await t.call('listAnnotations', { documentId: doc.id })).map((a) => a.tagId)).toEqual(['claim']);
    await t.session.close();
    await t.session.open(t.dir, { withSample: false });
    expect(inEnglish((await t.call('getHistory', {})).undo)).toBe('Tag as Claim');
  });

  it('ends at the last whole step when the log is cut off anywhere, and writes a clean log after', async () => {
    const doc = await t.call('addDocument', { title: 'Текст', text });
    for (let i = 0; i < 3; i++) {
      await t.call('createAnnotation', { documentId: doc.id, tagId: 'claim', start: i * 5, end: i * 5 + 3 });
    }
    await t.session.history.flushed();
    const whole = await readFile(historyFile(t.dir), 'utf8');
    const lastLine = whole.lastIndexOf('\n', whole.length - 2) + 1;
    for (let cut = lastLine; cut < whole.length; cut += 7) {
      await writeFile(historyFile(t.dir), whole.slice(0, cut));
      const state = new HistoryLog(historyFile(t.dir)).load();
      expect(state.done.length).toBe(cut === whole.length - 1 ? 3 : 2);
    }
    for (const junk of ['', 'garbage\n', '{"format":"other","version":1}\n']) {
      await writeFile(historyFile(t.dir), junk);
      expect(new HistoryLog(historyFile(t.dir)).load().done).toEqual([]);
    }
    // A damaged end is never appended to: the next step rewrites the log whole.
    await writeFile(historyFile(t.dir), whole.slice(0, lastLine + 5));
    const log = new HistoryLog(historyFile(t.dir));
    const state = log.load();
    await log.write(
      { op: 'record', step: { label: message('history:asWritten', { label: 'x' }), seq: 99, undo: {} }, limit: 1000 },
      () => ({
        ...state,
        done: [...state.done, { label: message('history:asWritten', { label: 'x' }), seq: 99, undo: {} }],
      }),
    );
    expect(
      new HistoryLog(historyFile(t.dir))
        .load()
        .done.map((s) => inEnglish(s.label))
        .at(-1),
    ).toBe('x');
  });
});

describe('the history file under SIGKILL', () => {
  const child = fileURLToPath(new URL('../testing/history-loop-child.ts', import.meta.url));
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  const runLoop = async (killAfterMs: number) =>
    (await runAndKill(child, [dir, '400'], killAfterMs)).acks.map((words) => Number(words[0]));

  it('loads after a kill at any moment, and undo takes back the last step it holds (6 trials)', async () => {
    const setup = await openTestStore(dir);
    await addTestDocument(setup, 'doc-a', text);
    await setup.close();
    let killedMidway = 0;
    for (let trial = 0; trial < 6; trial++) {
      const acked = await runLoop(150 + Math.floor(Math.random() * 600));
      const session = new ProjectSession(testCoder);
      await session.open(dir, { withSample: false });
      try {
        const dispatch = createDispatch(createHandlers(session), () => {});
        const labels = session.history.labels();
        if (acked.length === 0) continue;
        if (acked.length < 400) killedMidway++;
        // Every acknowledged step is in the history; at most the one being written when killed is not.
        expect(inEnglish(labels.undo)).toBe('Tag as Claim');
        const before = session.store.annotations('doc-a').length;
        const undone = await dispatch('undo', {});
        expect(undone.ok).toBe(true);
        expect(session.store.annotations('doc-a').length).toBe(before - 1);
      } finally {
        await session.close();
      }
    }
    expect(killedMidway).toBeGreaterThan(2);
  }, 120_000);
});
