import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitServerUnavailable } from '../testing/git-server.ts';
import { projectHashes } from '../testing/project-hashes.ts';
import { gitCli } from '../sync/testing/sync-fixture.ts';
import { anna, boris, clonedCopy, openCopy, publishedProject, span, syncTestScope } from '../sync/testing/team.ts';

const unavailable = gitServerUnavailable();
if (unavailable) console.warn(`sync service tests skipped: ${unavailable}`);

describe.skipIf(unavailable !== null)('team sync through the contract, against git http-backend on 127.0.0.1', () => {
  const scope = syncTestScope();
  const { fixture, closing } = scope;

  it('publishes, a colleague clones, both change, both sync: each has the other’s layer and both actors', async () => {
    const f = await fixture();
    const { a, url, documentId } = await publishedProject(f.server, f.folder);
    closing(a);
    expect((await gitCli(join(f.server.root, 'team.git'), 'log', '--format=%s', 'main')).stdout).toBe(
      'Glossator: publish the project',
    );
    const b = closing(await clonedCopy(url, f.folder('boris'), boris));
    expect((await b.call('getSyncStatus', {})).localChanges).toBe(1); // project.json: Boris joined as a coder.

    const mine = await a.call('createAnnotation', { documentId, tagId: 'claim', ...span('Секретарь Совбеза заявил') });
    await a.call('createActor', { name: 'Шанхайская организация сотрудничества', type: 'organization' });
    const his = await b.call('createAnnotation', { documentId, tagId: 'proposal', ...span('принять программу') });
    await b.call('createActor', { name: 'Антитеррористический центр СНГ', type: 'agency' });

    const first = await b.call('syncProject', {});
    expect(first.pushed).toBe(true);
    expect(first.written).toBe(0);
    const second = await a.call('syncProject', {});
    expect(second.change.reload).toBe(true);
    expect(second.conflicts).toBe(0);
    await b.call('syncProject', {});

    for (const copy of [a, b]) {
      const ids = copy.session.store
        .annotations(documentId)
        .map((x) => x.id)
        .sort();
      expect(ids).toEqual([mine.id, his.id].sort());
      const names = copy.session.store
        .actors()
        .map((x) => x.name)
        .sort();
      expect(names).toEqual(
        ['Антитеррористический центр СНГ', 'Совет безопасности РФ', 'Шанхайская организация сотрудничества'].sort(),
      );
      expect(
        copy.session.store
          .info()
          .coders.map((c) => c.id)
          .sort(),
      ).toEqual(['anna', 'boris']);
      const status = await copy.call('getSyncStatus', {});
      expect(status).toMatchObject({ connected: true, localChanges: 0, ahead: false, behind: false, openConflicts: 0 });
    }
    expect(await projectHashes(a.dir).then(records)).toEqual(await projectHashes(b.dir).then(records));
    // Git's own view: a merge commit joins Anna's and Boris's work; no conflict markers anywhere.
    const log = await gitCli(a.dir, 'log', '--format=%an|%s', 'main');
    expect(log.stdout).toContain(`${anna.name}|Glossator: merge the shared project`);
    expect(log.stdout).toContain(`${boris.name}|Glossator:`);
    for (const file of Object.keys(await projectHashes(a.dir))) {
      expect(await readFile(join(a.dir, file), 'utf8')).not.toMatch(/^(<<<<<<<|>>>>>>>|=======)/m);
    }
    // What our pushes sent is whole: git's own check of the shared repository finds nothing missing.
    const fsck = await gitCli(join(f.server.root, 'team.git'), 'fsck', '--full', '--no-dangling');
    expect(fsck.code).toBe(0);
    expect((await gitCli(a.dir, 'status', '--porcelain')).stdout).toBe('');
  });

  it('the search index and the project follow what a sync brought: a colleague’s new document is found', async () => {
    const f = await fixture();
    const { a, b } = await scope.syncedPair(f);
    expect((await a.call('searchText', { query: 'Душанбе' })).documentCount).toBe(0); // built before the sync
    const doc = await b.call('addDocument', {
      title: 'Учения в Душанбе',
      text: 'Совместные антитеррористические учения прошли под Душанбе с участием подразделений СНГ.',
    });
    await b.call('syncProject', {});
    const report = await a.call('syncProject', {});
    expect(report.documentsAdded).toBe(1);
    expect(a.session.store.hasDocument(doc.id)).toBe(true);
    expect((await a.call('searchText', { query: 'Душанбе' })).documentCount).toBe(1);
    expect((await a.call('listDocuments', {})).map((d) => d.id)).toContain(doc.id);
  });

  it('a push refused because a colleague pushed first is retried after merging theirs', async () => {
    const f = await fixture();
    const { a, b, documentId } = await scope.syncedPair(f);
    const his = await b.call('createAnnotation', { documentId, tagId: 'proposal', ...span('принять программу') });
    const mine = await a.call('createAnnotation', { documentId, tagId: 'claim', ...span('Секретарь Совбеза') });
    // Between Anna's fetch and her push, Boris's push lands.
    f.server.beforeNextReceivePack(async () => {
      await b.call('syncProject', {});
    });
    const report = await a.call('syncProject', {});
    expect(report.rounds).toBe(2);
    expect(report.pushed).toBe(true);
    expect(
      a.session.store
        .annotations(documentId)
        .map((x) => x.id)
        .sort(),
    ).toEqual([mine.id, his.id].sort());
    await b.call('syncProject', {});
    expect(
      b.session.store
        .annotations(documentId)
        .map((x) => x.id)
        .sort(),
    ).toEqual([mine.id, his.id].sort());
  });

  it('the same actor renamed on both sides: a conflict kept as ours, then resolved each way, one undo step', async () => {
    const f = await fixture();
    const { a, b } = await scope.syncedPair(f);
    const actorId = a.session.store.actors()[0]?.id as string;
    await a.call('updateActor', { actorId, name: 'Совет Безопасности Российской Федерации' });
    await b.call('updateActor', { actorId, name: 'Совбез России' });
    await a.call('syncProject', {});
    const report = await b.call('syncProject', {});
    expect(report.conflicts).toBe(1);
    expect(b.session.store.actor(actorId).name).toBe('Совбез России');
    const [conflict] = await b.call('listSyncConflicts', {});
    expect(conflict).toMatchObject({ kind: 'actors', id: actorId, label: 'Совбез России' });
    expect((conflict as { theirs: { name: string } }).theirs.name).toBe('Совет Безопасности Российской Федерации');

    // Theirs: the colleague's name, one undo step that gives ours back.
    const resolved = await b.call('resolveSyncConflicts', {
      choices: [{ key: conflict?.key as string, choice: 'theirs' }],
    });
    expect(resolved.change.reload).toBe(true);
    expect(b.session.store.actor(actorId).name).toBe('Совет Безопасности Российской Федерации');
    expect(await b.call('listSyncConflicts', {})).toEqual([]);
    await b.call('undo', {});
    expect(b.session.store.actor(actorId).name).toBe('Совбез России');
    await b.call('redo', {});
    expect(b.session.store.actor(actorId).name).toBe('Совет Безопасности Российской Федерации');
    await b.call('syncProject', {});
    await a.call('syncProject', {});
    expect(a.session.store.actor(actorId).name).toBe('Совет Безопасности Российской Федерации');

    // Ours: the file stays as it is, the conflict closes, and the colleague gets ours at the next sync.
    await a.call('updateActor', { actorId, name: 'СБ РФ' });
    await b.call('updateActor', { actorId, name: 'Совбез' });
    await a.call('syncProject', {});
    await b.call('syncProject', {});
    const [again] = await b.call('listSyncConflicts', {});
    const before = await projectHashes(b.dir);
    await b.call('resolveSyncConflicts', { choices: [{ key: again?.key as string, choice: 'ours' }] });
    expect(await projectHashes(b.dir)).toEqual(before);
    expect(await b.call('listSyncConflicts', {})).toEqual([]);
    await b.call('syncProject', {});
    await a.call('syncProject', {});
    expect(a.session.store.actor(actorId).name).toBe('Совбез');
    // Anna's name lost Boris's conflict: her copy is told so, with both versions, never silently overwritten.
    const [lost] = await a.call('listSyncConflicts', {});
    expect(lost).toMatchObject({ kind: 'actors', id: actorId, replaced: true });
    expect((lost as { ours: { name: string } }).ours.name).toBe('Совбез');
    expect((lost as { theirs: { name: string } }).theirs.name).toBe('СБ РФ');
    await a.call('resolveSyncConflicts', { choices: [{ key: lost?.key as string, choice: 'theirs' }] });
    expect(a.session.store.actor(actorId).name).toBe('СБ РФ');
    await a.call('syncProject', {});
    await b.call('syncProject', {});
    expect(b.session.store.actor(actorId).name).toBe('СБ РФ');
    // Boris's copy, whose version won, and a bystander's, are told nothing.
    expect(await b.call('listSyncConflicts', {})).toEqual([]);
  });

  it('undo covers the user’s own changes: a step over a file a colleague’s sync changed is dropped, others stay', async () => {
    const f = await fixture();
    const { a, b, documentId } = await scope.syncedPair(f);
    const actorId = a.session.store.actors()[0]?.id as string;
    const mine = await a.call('createAnnotation', { documentId, tagId: 'claim', ...span('Секретарь Совбеза') });
    await a.call('updateActor', { actorId, notes: 'Анна: уточнить состав' });
    const { actor: his } = await b.call('createActor', {
      name: 'Национальный антитеррористический комитет',
      type: 'agency',
    });
    await b.call('syncProject', {});
    const report = await a.call('syncProject', {});
    expect(report.status.syncing).toBe(false);
    // Both of Anna's actor steps (creating it before publishing, her notes): actors.json now holds Boris's actor.
    expect(report.forgottenUndoSteps).toBe(2);
    expect(a.session.store.actor(actorId).notes).toBe('Анна: уточнить состав');
    // The next undo is Anna's annotation; neither her notes nor Boris's actor are taken back.
    await a.call('undo', {});
    expect(a.session.store.hasAnnotation(mine.id)).toBe(false);
    expect(a.session.store.actor(actorId).notes).toBe('Анна: уточнить состав');
    expect(a.session.store.actor(his.id).name).toBe('Национальный антитеррористический комитет');
  });

  it('the status looks at the remote when asked: behind after a colleague pushed, offline when the server is gone', async () => {
    const f = await fixture();
    const { a, url, documentId } = await publishedProject(f.server, f.folder);
    closing(a);
    const b = closing(await clonedCopy(url, f.folder('boris'), boris));
    await b.call('createAnnotation', { documentId, tagId: 'proposal', ...span('принять программу') });
    expect(await b.call('getSyncStatus', {})).toMatchObject({ localChanges: 2, behind: false, lastFetch: null });
    await b.call('syncProject', {});
    expect(await a.call('getSyncStatus', {})).toMatchObject({ behind: false });
    const looked = await a.call('getSyncStatus', { fetch: true });
    expect(looked).toMatchObject({ behind: true, ahead: false, lastFetch: { offline: false } });
    expect(a.session.store.annotations(documentId)).toEqual([]); // A look changes nothing in the folder.
    await f.server.stop();
    expect(await a.call('getSyncStatus', { fetch: true })).toMatchObject({ lastFetch: { offline: true } });
    const failed = await a.fail('syncProject', {});
    expect(failed.message).toMatch(/cannot be reached/);
    expect(await a.call('getSyncStatus', {})).toMatchObject({ last: { ok: false, offline: true } });
  });

  it('per annotation and per sync: who changed what, when', async () => {
    const f = await fixture();
    const { a, url, documentId } = await publishedProject(f.server, f.folder);
    closing(a);
    const b = closing(await clonedCopy(url, f.folder('boris'), boris));
    const his = await b.call('createAnnotation', { documentId, tagId: 'proposal', ...span('принять программу') });
    expect(await b.call('getAnnotationHistory', { annotationId: his.id })).toEqual([]);
    await b.call('syncProject', {});
    await b.call('updateAnnotation', { annotationId: his.id, note: 'предложение ШОС' });
    await b.call('syncProject', {});
    await a.call('syncProject', {});
    const history = await a.call('getAnnotationHistory', { annotationId: his.id });
    expect(history.map((h) => [h.change, h.coderName])).toEqual([
      ['changed', boris.name],
      ['added', boris.name],
    ]);
    const syncs = await a.call('getSyncHistory', {});
    const borisFirst = syncs.find((s) => s.coderId === 'boris' && s.annotations.some((x) => x.added === 1));
    expect(borisFirst?.annotations).toEqual([
      { coderId: 'boris', coderName: boris.name, added: 1, changed: 0, removed: 0 },
    ]);
    expect(syncs.at(-1)).toMatchObject({ coderId: 'anna', coderName: anna.name, documentsAdded: 1, kind: 'publish' });
  });

  it('credentials: none given, then a wrong token, then the right one; nothing changed until it works', async () => {
    const f = await fixture({ auth: { user: 'anna', token: 'right-token' } });
    await f.server.makeBareRepo('team.git');
    const a = closing(await openCopy(f.folder('anna'), anna));
    await a.call('addDocument', { title: 'Заявление', text: 'Текст заявления о терроризме.' });
    await a.call('connectSync', { url: f.server.url('team.git') });
    expect((await a.fail('syncProject', {})).code).toBe('forbidden');
    const wrong = await a.fail('syncProject', { credentials: { user: 'anna', token: 'wrong-token' } });
    expect(wrong.message).toMatch(/refused/);
    expect(wrong.message).not.toContain('wrong-token');
    expect((await gitCli(join(f.server.root, 'team.git'), 'rev-parse', '--verify', 'main')).code).not.toBe(0);
    const ok = await a.call('syncProject', { credentials: { user: 'anna', token: 'right-token' } });
    expect(ok.pushed).toBe(true);
    for (const file of Object.keys(await projectHashes(a.dir))) {
      expect(await readFile(join(a.dir, file), 'utf8')).not.toContain('right-token');
    }
    expect(await readFile(join(a.dir, '.git', 'config'), 'utf8')).not.toContain('right-token');
  });

  it('clones a shared project from the window and opens it; a refused clone leaves the open project and no folder', async () => {
    const f = await fixture();
    const { a, url, documentId } = await publishedProject(f.server, f.folder);
    closing(a);
    const b = closing(await openCopy(f.folder('boris-own'), boris));
    const missing = await b.fail('cloneProject', { url: f.server.url('none.git'), path: f.folder('nowhere') });
    expect(missing.message).toMatch(/No git repository answers/);
    expect(existsSync(f.folder('nowhere'))).toBe(false);
    expect(b.session.store.dir).toBe(f.folder('boris-own'));
    const info = await b.call('cloneProject', { url, path: f.folder('boris') });
    expect(b.session.store.dir).toBe(f.folder('boris'));
    expect(info.documentCount).toBe(1);
    expect(b.session.store.hasDocument(documentId)).toBe(true);
    expect(await b.call('getSyncStatus', {})).toMatchObject({ connected: true, remote: url, last: null });
  });

  it('refuses a URL with a token in it, a remote that is no repository, and a sync of a project never connected', async () => {
    const f = await fixture();
    const a = closing(await openCopy(f.folder('anna'), anna));
    expect((await a.fail('syncProject', {})).message).toMatch(/not connected/);
    const withToken = await a.fail('connectSync', { url: 'https://anna:secret@gitlab.example.org/t/p.git' });
    expect(withToken.message).toMatch(/user name or token/);
    expect(existsSync(join(a.dir, '.git'))).toBe(false);
    await a.call('connectSync', { url: f.server.url('nothing-here.git') });
    const before = await projectHashes(a.dir);
    expect((await a.fail('syncProject', {})).message).toMatch(/No git repository answers/);
    expect(await projectHashes(a.dir)).toEqual(before);
  });
});

/** A copy's records (not .git, not .gitignore): two copies in step hold the same. */
function records(hashes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(hashes).filter(([path]) => !path.startsWith('.git')));
}
