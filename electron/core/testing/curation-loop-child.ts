/**
 * Child process for the curation crash trial: opens the project in argv[2]
 * and records a "take" decision on doc-a (curated layer file + curation
 * file + project.json, one change) and takes it back, over and over,
 * printing "ack N" after each. The parent kills it with SIGKILL at a random moment.
 */
import { takeDecisionEdit } from './curation-edit.ts';
import { openTestStore } from './open-test-store.ts';
import type { RecordEdit } from '../store/record-edit.ts';

const dir = process.argv[2] as string;
const store = await openTestStore(dir);
const { text } = await store.text('doc-a');
process.stdout.write('ready\n');
let undo: RecordEdit | null = null;
for (let step = 0; step < 10_000; step++) {
  if (undo) {
    await store.commit(undo);
    undo = null;
  } else {
    const edit = takeDecisionEdit(
      store,
      'doc-a',
      text,
      { start: 0, end: 6 },
      { decision: 'dec', result: 'cur', source: 'doc-a-1' },
    );
    undo = await store.commit(edit);
  }
  process.stdout.write(`ack ${step}\n`);
}
await store.close();
process.stdout.write('done\n');
