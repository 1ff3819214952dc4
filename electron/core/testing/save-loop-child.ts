/**
 * Child process for the kill test: opens the project in argv[2] and saves
 * annotations to document "doc-a" one after another as fast as it can,
 * printing "ack N" only after save N has resolved. The parent kills it
 * with SIGKILL at a random moment.
 */
import { readFile } from 'node:fs/promises';
import { layout } from '../store/project-layout.ts';
import { openTestStore, testAnnotation } from './open-test-store.ts';

const dir = process.argv[2] as string;
const count = Number(process.argv[3] ?? 1000);
const prefix = process.argv[4] ?? 'ann';
const store = await openTestStore(dir);
const { text } = JSON.parse(await readFile(layout.textFile(dir, 'doc-a'), 'utf8')) as { text: string };
process.stdout.write('ready\n');
for (let i = 0; i < count; i++) {
  const start = i % (text.length - 10);
  await store.putAnnotation(testAnnotation('doc-a', text, start, start + 5, `${prefix}-${i}`));
  process.stdout.write(`ack ${i}\n`);
}
await store.close();
process.stdout.write('done\n');
