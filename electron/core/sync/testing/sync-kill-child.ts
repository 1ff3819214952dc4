/**
 * Child process of the sync kill trial (sync-kill.test.ts): opens the cloned copy in argv[2] as coder argv[3]
 * through the contract, as the window does, and loops: one or two annotations saved on the documents named in
 * argv[5..] (ids `<argv[4]>-<n>`), then a sync against the remote the copy is connected to. Prints "ready" once
 * open, "ack save <annotationId>" after each save resolved, "syncing" before each sync and "synced" after it.
 * The parent kills it with SIGKILL at a random moment; the git server lives in the parent.
 */
import { openCopy } from './team.ts';

const [dir, coderId, prefix, ...documents] = process.argv.slice(2) as [string, string, string, ...string[]];
const copy = await openCopy(dir, { id: coderId, name: `Кодировщик ${coderId}` });
const texts = new Map<string, string>();
for (const id of documents) texts.set(id, (await copy.call('getDocument', { documentId: id })).text);
const say = (line: string) => process.stdout.write(`${line}\n`);
say('ready');
for (let n = 0; ; n++) {
  const documentId = documents[n % documents.length] as string;
  const text = texts.get(documentId) as string;
  const start = (n * 7) % (text.length - 10);
  const id = `${prefix}-${n}`;
  await copy.call('createAnnotation', { id, documentId, tagId: 'claim', start, end: start + 4 + (n % 5) });
  say(`ack save ${id}`);
  if (n % 2 === 1) {
    say('syncing');
    await copy.call('syncProject', {});
    say('synced');
  }
}
