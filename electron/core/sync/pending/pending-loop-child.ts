/**
 * Child process for the pending record's kill trial: opens the git project in argv[2] with the record hooked in
 * as a session hooks it, saves annotations round the documents named in argv[3..] (each document's layer file
 * is new to the record after every clear), and every few saves takes and clears the record as a sync commit would. Prints "ack save <documentId>"
 * after each save resolved, "ack clearing" before a clear starts and "ack cleared" once it is done.
 */
import { readFile } from 'node:fs/promises';
import { layout } from '../../store/project-layout.ts';
import { ProjectStore } from '../../store/project-store.ts';
import { testAnnotation } from '../../testing/open-test-store.ts';
import { PendingSyncPaths } from './pending-sync-paths.ts';

const dir = process.argv[2] as string;
const documents = process.argv.slice(3);
const pending = PendingSyncPaths.forProject(dir);
if (!pending) throw new Error('not a git project');
const texts = new Map<string, string>();
for (const id of documents) {
  const { text } = JSON.parse(await readFile(layout.textFile(dir, id), 'utf8')) as { text: string };
  texts.set(id, text);
}
const store = await ProjectStore.open(dir, { coder: { id: 'coder-test', name: 'Test' }, beforeWrite: pending.record });
await pending.clear(pending.take());
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const id = documents[i % documents.length] as string;
  const text = texts.get(id) as string;
  const start = i % (text.length - 10);
  await store.putAnnotation(testAnnotation(id, text, start, start + 5, `ann-${i}`));
  process.stdout.write(`ack save ${id}\n`);
  if (i % 7 === 6) {
    process.stdout.write('ack clearing\n');
    await pending.clear(pending.take());
    process.stdout.write('ack cleared\n');
  }
}
