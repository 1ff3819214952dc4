import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openTestSession, type TestSession } from '../testing/test-session.ts';

let t: TestSession;
afterEach(async () => {
  await t.close();
});

/**
 * The sync writes files under the store's feet (ProjectSession.alone). A change queued behind it must not write
 * the old records over them: it is refused, the files stay as the sync wrote them, and the project is read again.
 */
it('a change queued behind a write of files is refused, and the project is read again before the next', async () => {
  t = await openTestSession();
  const { actor } = await t.call('createActor', { name: 'ФСБ России', type: 'agency' });
  const before = t.session.store;
  const actorsFile = join(t.dir, 'actors.json');
  const theirs = (await readFile(actorsFile, 'utf8')).replace('ФСБ России', 'Федеральная служба безопасности');
  let queued: Promise<unknown> | null = null;
  let forgotten = -1;
  await t.session.alone(
    async (write) => {
      // A direct write of the store's (an import's, say), asked for while the sync holds the project.
      queued = before.commit({ actors: [{ id: actor.id, after: { ...actor, notes: 'устаревшая память' } }] });
      await write([{ path: actorsFile, data: theirs }], 'writeSynced');
    },
    (count) => {
      forgotten = count;
    },
  );
  await expect(queued).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/read again/) });
  expect(await readFile(actorsFile, 'utf8')).toBe(theirs);
  expect(t.session.store).not.toBe(before);
  expect(t.session.store.actor(actor.id).name).toBe('Федеральная служба безопасности');
  expect(forgotten).toBe(1); // creating the actor: undoing it would remove the record the file now holds
  // A change through the session after it goes to the new store, and is saved.
  await t.call('updateActor', { actorId: actor.id, notes: 'после синхронизации' });
  expect(await readFile(actorsFile, 'utf8')).toContain('после синхронизации');
});
