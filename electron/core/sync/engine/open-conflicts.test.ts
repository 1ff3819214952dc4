import { describe, expect, it } from 'vitest';
import { gitServerUnavailable } from '../../testing/git-server.ts';
import { boris, clonedCopy, publishedProject, vera, syncTestScope } from '../testing/team.ts';

const unavailable = gitServerUnavailable();
if (unavailable) console.warn(`open conflict tests skipped: ${unavailable}`);

describe.skipIf(unavailable !== null)('open conflicts follow the record', () => {
  const { fixture, closing } = syncTestScope();

  it('a conflict whose record a colleague changed again since (knowing ours) is closed: theirs cannot undo that change', async () => {
    const f = await fixture();
    const { a, url } = await publishedProject(f.server, f.folder);
    closing(a);
    const b = closing(await clonedCopy(url, f.folder('boris'), boris));
    const v = closing(await clonedCopy(url, f.folder('vera'), vera));
    for (const copy of [b, v, a]) await copy.call('syncProject', {});
    const actorId = a.session.store.actors()[0]?.id as string;

    await a.call('updateActor', { actorId, name: 'Совбез (Анна)' });
    await b.call('updateActor', { actorId, name: 'Совбез (Борис)' });
    await a.call('syncProject', {});
    expect((await b.call('syncProject', {})).conflicts).toBe(1); // Boris keeps his; the merge is pushed.
    expect(await b.call('listSyncConflicts', {})).toHaveLength(1);

    // Vera gets Boris's name and renames it, knowing it; Boris's next sync brings her name.
    await v.call('syncProject', {});
    expect(v.session.store.actor(actorId).name).toBe('Совбез (Борис)');
    await v.call('updateActor', { actorId, name: 'Совет Безопасности (Вера)' });
    await v.call('syncProject', {});
    await b.call('syncProject', {});
    expect(b.session.store.actor(actorId).name).toBe('Совет Безопасности (Вера)');
    // The conflict was between two names both replaced by Vera's: nothing is left to choose.
    expect(await b.call('listSyncConflicts', {})).toEqual([]);
    expect((await b.call('getSyncStatus', {})).openConflicts).toBe(0);
  });

  it('a conflict whose record still holds ours stays open across later syncs', async () => {
    const f = await fixture();
    const { a, url, documentId } = await publishedProject(f.server, f.folder);
    closing(a);
    const b = closing(await clonedCopy(url, f.folder('boris'), boris));
    for (const copy of [b, a]) await copy.call('syncProject', {});
    const actorId = a.session.store.actors()[0]?.id as string;
    await a.call('updateActor', { actorId, name: 'Совбез (Анна)' });
    await b.call('updateActor', { actorId, name: 'Совбез (Борис)' });
    await a.call('syncProject', {});
    await b.call('syncProject', {});
    // Anna syncs more (her layer, another actor): the conflicted actor is untouched, Boris's conflict stays.
    await a.call('syncProject', {});
    await a.call('createActor', { name: 'ШОС', type: 'organization' });
    await a.call('createAnnotation', { documentId, tagId: 'claim', start: 0, end: 9 });
    await a.call('syncProject', {});
    expect((await b.call('syncProject', {})).written).toBeGreaterThan(0);
    const [open] = await b.call('listSyncConflicts', {});
    expect(open).toMatchObject({ id: actorId, label: 'Совбез (Борис)' });
    expect(open?.theirs).toMatchObject({ name: 'Совбез (Анна)' });
  });
});
