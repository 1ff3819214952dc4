import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Coder } from '../../../../shared/model/coder.ts';
import { gitServerUnavailable } from '../../testing/git-server.ts';
import { PENDING_FILE } from '../pending/pending-sync-paths.ts';
import { gitCli, syncFixture } from '../testing/sync-fixture.ts';
import { runSyncAndKill } from '../testing/sync-kill-run.ts';
import { boris, clonedCopy, type CoderCopy, openCopy, publishedProject, span } from '../testing/team.ts';
import { aheadBehind } from './sync-run.ts';

/**
 * Issue 19: a sync killed (SIGKILL) at random moments, 20 times. A child process saves and syncs in a loop
 * against the git server of this process (so the kill spares the server) while Boris keeps pushing, so that the
 * child's syncs merge; it is killed a random time into one of its first syncs. After each kill the copy must
 * open with every save the child acknowledged, and the next sync must complete and leave them on the remote.
 */
const unavailable = gitServerUnavailable();
if (unavailable) console.warn(`sync kill trial skipped: ${unavailable}`);

const child = fileURLToPath(new URL('../testing/sync-kill-child.ts', import.meta.url));
const TRIALS = 20;
const kid: Coder = { id: 'kid', name: 'Кира Игоревна Денисова' };

describe.skipIf(unavailable !== null)('a sync killed mid-way', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it(`opens with every acknowledged save and syncs them on (${TRIALS} kills at random moments)`, async () => {
    const f = await syncFixture();
    cleanups.push(f.cleanup);
    const { a, url, documentId } = await publishedProject(f.server, f.folder);
    const second = await a.call('addDocument', {
      title: 'Второй документ',
      text: 'Стороны обсудили борьбу с экстремизмом и обмен данными.',
    });
    await a.call('syncProject', {});
    await a.session.close();
    const b: CoderCopy = await clonedCopy(url, f.folder('boris'), boris);
    cleanups.push(() => b.session.close());
    const dir = f.folder('kid');
    const setup = await clonedCopy(url, dir, kid);
    await setup.call('syncProject', {}); // Kira joins: project.json names her.
    await setup.session.close();
    const bare = join(f.server.root, 'team.git');

    const saved = new Set<string>();
    const seen = { duringSync: 0, journal: 0, fetchedNotMerged: 0, pendingLeft: 0, brokenPack: 0 };
    for (let trial = 0; trial < TRIALS; trial++) {
      // Boris pushes first: the child's next sync has something to merge.
      await b.call('createAnnotation', { documentId, tagId: 'proposal', ...span('принять программу') });
      await b.call('createActor', { name: `Организация ${trial}`, type: 'organization' });
      await b.call('syncProject', {});

      const delay = Math.floor(Math.random() * 400);
      const nth = 1 + Math.floor(Math.random() * 2);
      const run = await runSyncAndKill(child, [dir, kid.id, `t${trial}`, documentId, second.id], nth, delay);
      for (const id of run.saved) saved.add(id);
      // What the kill left, before anything opens the copy.
      if (run.last === 'syncing') seen.duringSync++;
      if (existsSync(join(dir, 'glossator.journal.json'))) seen.journal++;
      // A fetch killed while isomorphic-git wrote a pack's index leaves objects unreadable until the sync repairs it.
      const state = await aheadBehind(dir).catch(() => null);
      if (!state) seen.brokenPack++;
      else if (state.behind) seen.fetchedNotMerged++;
      const pending = existsSync(join(dir, PENDING_FILE))
        ? ((JSON.parse(readFileSync(join(dir, PENDING_FILE), 'utf8')) as { paths?: string[] }).paths ?? [])
        : [];
      if (pending.length) seen.pendingLeft++;

      const copy = await openCopy(dir, kid);
      try {
        const store = copy.session.store;
        expect(store.problems, `trial ${trial}`).toEqual([]);
        const missing = [...saved].filter((id) => !store.hasAnnotation(id));
        expect(missing, `trial ${trial} (killed ${delay} ms into sync ${nth}): acknowledged saves lost`).toEqual([]);
        const report = await copy.call('syncProject', {});
        expect(report.conflicts).toBe(0);
        const status = await copy.call('getSyncStatus', {});
        expect(status).toMatchObject({ localChanges: 0, ahead: false, behind: false });
      } finally {
        await copy.session.close();
      }
      const onRemote = new Set<string>();
      for (const doc of [documentId, second.id]) {
        const shown = await gitCli(bare, 'show', `main:documents/${doc}/annotations.${kid.id}.json`);
        if (shown.code !== 0) continue;
        for (const x of (JSON.parse(shown.stdout) as { annotations: Array<{ id: string }> }).annotations)
          onRemote.add(x.id);
      }
      expect(
        [...saved].filter((id) => !onRemote.has(id)),
        `trial ${trial}: not on the remote`,
      ).toEqual([]);
    }
    expect((await gitCli(bare, 'fsck', '--strict')).code).toBe(0);
    console.log(
      `sync kill trial: ${TRIALS} kills, ${saved.size} acknowledged saves, ${seen.duringSync} during a sync, ` +
        `${seen.fetchedNotMerged} fetched but not merged, ${seen.journal} with a change journal, ` +
        `${seen.pendingLeft} with recorded changes not yet committed, ${seen.brokenPack} with a pack cut short`,
    );
    // The trial means something only if kills landed inside syncs, some between the fetch and the merge's commit.
    expect(seen.duringSync).toBeGreaterThanOrEqual(TRIALS / 2);
    expect(seen.fetchedNotMerged + seen.journal).toBeGreaterThan(0);
  }, 300_000);
});
