import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../shared/model/document.ts';
import { folderSnapshot } from '../testing/folder-snapshot.ts';
import { openTestSession, type TestSession } from '../testing/test-session.ts';
import { isDataFile } from '../store/project-layout.ts';
import { backupLayout } from './backup-layout.ts';
import { inEnglish } from '../../../shared/ipc/errors.ts';
import { uploaded } from '../testing/test-files.ts';

let t: TestSession;
let doc: DocumentSummary;
const text = 'Эксперт заявил о росте угрозы. Министр предложил расширить сотрудничество с ОДКБ.';

/** A hash of every data file of the project: two equal states, byte-identical records. */
async function dataState(dir: string): Promise<Record<string, string>> {
  const all = await folderSnapshot(dir);
  return Object.fromEntries(Object.entries(all).filter(([rel]) => isDataFile(rel)));
}

beforeEach(async () => {
  t = await openTestSession();
  doc = await t.call('addDocument', { title: 'Текст', text });
  await t.session.backups.idle();
});
afterEach(() => t.close());

describe('backups', () => {
  it('restores each of several backups to exactly its state, and a restore is undone and redone', async () => {
    const states: Array<{ id: string; state: Record<string, string> }> = [];
    const snap = async () => {
      const backup = await t.call('takeBackup', {});
      states.push({ id: backup.id, state: await dataState(t.dir) });
    };
    await snap();
    const a = await t.call('createAnnotation', { documentId: doc.id, tagId: 'claim', start: 0, end: 7 });
    await t.call('createActor', { name: 'Министр', type: 'person' });
    await snap();
    await t.call('updateAnnotation', { annotationId: a.id, note: 'первый' });
    await t.call('addDocument', { title: 'Второй', text: 'Ещё один текст о ШОС.' });
    await snap();
    await t.call('deleteAnnotation', { annotationId: a.id });
    const latest = await dataState(t.dir);
    expect(states.map((s) => s.state)).not.toContainEqual(latest);

    for (const { id, state } of [states[0], states[2], states[1]] as typeof states) {
      const result = await t.call('restoreBackup', { backupId: id });
      expect(result.change.reload).toBe(true);
      expect(await dataState(t.dir)).toEqual(state);
      // What the store reads back is the restored state, too.
      expect((await t.call('listDocuments', {})).length).toBe(
        Object.keys(state).filter((k) => k.endsWith('/document.json')).length,
      );
    }
    // Three restores, undone one by one: back through each state to the one before the first.
    expect(inEnglish((await t.call('getHistory', {})).undo)).toMatch(/^Restore the backup of /);
    await t.call('undo', {});
    expect(await dataState(t.dir)).toEqual(states[2]?.state);
    await t.call('undo', {});
    expect(await dataState(t.dir)).toEqual(states[0]?.state);
    await t.call('undo', {});
    expect(await dataState(t.dir)).toEqual(latest);
    await t.call('redo', {});
    expect(await dataState(t.dir)).toEqual(states[0]?.state);
  });

  it('holds the project as it was when the backup began, even when changes are saved while it is written', async () => {
    const before = await dataState(t.dir);
    const backup = t.session.backups.take('manual');
    // Asked for after the backup: not in it, though saved before its files are read.
    await t.call('createAnnotation', { documentId: doc.id, tagId: 'claim', start: 0, end: 7 });
    await t.call('updateDocument', { documentId: doc.id, title: 'Новое название' });
    const info = await backup;
    await t.call('restoreBackup', { backupId: info.id });
    expect(await dataState(t.dir)).toEqual(before);
  });

  it('backs up before a destructive step and before an import, and after the interval of changes', async () => {
    await t.call('createAnnotation', { documentId: doc.id, tagId: 'proposal', start: 31, end: 38 });
    const beforeDelete = await dataState(t.dir);
    await t.call('deleteTag', { tagId: 'proposal', deleteAnnotations: true });
    await t.session.backups.idle();
    const { backups } = await t.call('listBackups', {});
    const step = backups.find((b) => b.reason === 'before-step');
    expect(inEnglish(step?.step)).toBe('Delete the tag Proposal');
    expect(step?.counts.annotations).toBe(1);
    await t.call('restoreBackup', { backupId: step?.id as string });
    expect(await dataState(t.dir)).toEqual(beforeDelete);

    const staged = await t.call('stageImport', {
      file: await uploaded(t.session.files, 'a.txt', 'Заголовок\n\nТекст статьи о безопасности.'),
    });
    await t.call('importFiles', {
      items: [{ stagingId: staged.stagingId, title: 'Импорт', metadata: {}, remove: [] }],
    });
    await t.session.backups.idle();
    const imported = (await t.call('listBackups', {})).backups.find((b) => b.reason === 'before-import');
    expect(imported?.counts.documents).toBe(1);

    const beforeDeletion = await dataState(t.dir);
    await t.call('deleteDocuments', { documentIds: [doc.id] });
    await t.session.backups.idle();
    const deletion = (await t.call('listBackups', {})).backups.find((b) => inEnglish(b.step) === 'Delete “Текст”');
    expect(deletion?.counts.documents).toBe(2);
    await t.call('restoreBackup', { backupId: deletion?.id as string });
    expect(await dataState(t.dir)).toEqual(beforeDeletion);
  });

  it('takes one after the interval of changes, and keeps the space they take within the cap', async () => {
    await t.call('setBackupSettings', { capBytes: 10 * 1024 * 1024, intervalMinutes: 1 });
    const count = async () => (await t.call('listBackups', {})).backups.length;
    const first = await count();
    await t.call('createAnnotation', { documentId: doc.id, tagId: 'claim', start: 0, end: 7 });
    await t.session.backups.idle();
    expect(await count()).toBe(first); // the interval has not passed
    (t.session.backups as unknown as { lastStart: number }).lastStart -= 61_000;
    await t.call('createAnnotation', { documentId: doc.id, tagId: 'claim', start: 8, end: 14 });
    await t.session.backups.idle();
    const list = await t.call('listBackups', {});
    expect(list.backups[0]?.reason).toBe('interval');
    expect(list.usedBytes).toBeLessThanOrEqual(list.capBytes);
    expect(list.backups[0]?.ownBytes).toBeGreaterThan(0);
  });

  it('stores a content once however many backups hold it', async () => {
    const packs = async () => (await readdir(backupLayout.packs(t.dir))).filter((n) => n.endsWith('.pack'));
    await t.call('takeBackup', {});
    const after = await packs();
    // Later backups found every file unchanged: no new pack, the document's text stored once.
    for (let i = 0; i < 5; i++) await t.call('takeBackup', {});
    expect(await packs()).toEqual(after);
    await t.call('createAnnotation', { documentId: doc.id, tagId: 'claim', start: 0, end: 7 });
    await t.call('takeBackup', {});
    expect((await packs()).length).toBe(after.length + 1);
  });

  it('restores a damaged file set aside at open from the last backup that holds it, undoably', async () => {
    await t.call('createAnnotation', { documentId: doc.id, tagId: 'claim', start: 0, end: 7 });
    await t.call('takeBackup', {});
    const layer = (await readdir(join(t.dir, 'documents', doc.id))).find((n) => n.startsWith('annotations.'));
    await t.session.close();
    await writeFile(join(t.dir, 'documents', doc.id, layer as string), '{"cut off');
    await t.session.open(t.dir, { withSample: false });
    expect(await t.call('listAnnotations', { documentId: doc.id })).toEqual([]);

    const { setAside } = await t.call('listBackups', {});
    expect(setAside).toHaveLength(1);
    const file = setAside[0];
    expect(file?.original).toBe(`documents/${doc.id}/${layer}`);
    expect(file?.restorableFrom).not.toBeNull();
    expect((await t.call('inspectSetAside', { path: file?.path as string })).text).toBe('{"cut off');
    expect((await t.fail('inspectSetAside', { path: 'project.damaged-2020-01-01T00-00-00-000Z.json' })).code).toBe(
      'not-found',
    );

    await t.call('restoreSetAside', { path: file?.path as string });
    expect((await t.call('listAnnotations', { documentId: doc.id })).map((a) => a.start)).toEqual([0]);
    expect((await t.call('listBackups', {})).setAside).toEqual([]);
    await t.call('undo', {});
    expect(await t.call('listAnnotations', { documentId: doc.id })).toEqual([]);
  });

  it('refuses a backup whose stored contents are damaged, changing nothing', async () => {
    const backup = await t.call('takeBackup', {});
    // A file the restore must read back from the backup: the document's details as they were.
    await t.call('updateDocument', { documentId: doc.id, title: 'Новое название' });
    for (const name of (await readdir(backupLayout.packs(t.dir))).filter((n) => n.endsWith('.pack'))) {
      const path = join(backupLayout.packs(t.dir), name);
      const bytes = await readFile(path);
      for (let i = 0; i < bytes.length; i += 7) bytes[i] = (bytes[i] as number) ^ 0xff;
      await writeFile(path, bytes);
    }
    const before = await dataState(t.dir);
    const history = await t.call('getHistory', {});
    const refused = await t.fail('restoreBackup', { backupId: backup.id });
    expect(refused.code).toBe('io');
    expect(refused.message).toMatch(/^This backup cannot be restored: its files are damaged or missing/);
    expect(await dataState(t.dir)).toEqual(before);
    expect(await t.call('getHistory', {})).toEqual(history);
  });

  it('ignores damaged backup files instead of failing, and refuses an unknown backup', async () => {
    await t.call('takeBackup', {});
    await writeFile(join(backupLayout.manifests(t.dir), 'junk.json.gz'), 'not gzip');
    await rm(backupLayout.stamps(t.dir));
    const list = await t.call('listBackups', {});
    expect(list.backups.length).toBeGreaterThan(0);
    expect((await t.fail('restoreBackup', { backupId: 'nope' })).code).toBe('not-found');
    expect((await t.fail('restoreBackup', { backupId: '../x' })).code).toBe('invalid-input');
  });
});
