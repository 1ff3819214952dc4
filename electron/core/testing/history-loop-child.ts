/**
 * Child process for the history trials: opens the project in argv[2] and
 * tags words of doc-a one after another through the real contract,
 * printing "ack N" once step N is in the undo history on disk. The parent
 * kills it with SIGKILL at a random moment.
 */
import { createHandlers } from '../services/create-handlers.ts';
import { createDispatch } from '../services/dispatch.ts';
import { ProjectSession } from '../services/project-session.ts';
import { testCoder } from './open-test-store.ts';

const dir = process.argv[2] as string;
const steps = Number(process.argv[3]);
const session = new ProjectSession(testCoder);
await session.open(dir, { withSample: false });
const dispatch = createDispatch(createHandlers(session), () => {});
console.log('ready');
for (let i = 0; i < steps; i++) {
  const envelope = await dispatch('createAnnotation', {
    documentId: 'doc-a',
    tagId: 'claim',
    start: i % 50,
    end: (i % 50) + 1,
    note: `step ${i}`,
  });
  if (!envelope.ok) throw new Error(envelope.error.message);
  await session.history.flushed();
  console.log(`ack ${i}`);
}
console.log('done');
await session.close();
