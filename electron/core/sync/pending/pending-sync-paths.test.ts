import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { faultFs } from '../../testing/fault-fs.ts';
import { tempDir } from '../../testing/temp-dir.ts';
import { type SessionDriver, sessionDriver } from '../../testing/test-session.ts';
import { PENDING_FILE, type PendingSyncPaths } from './pending-sync-paths.ts';

const text = 'Государства региона договорились расширить обмен данными о деятельности экстремистских групп.';

let dir: string;
let cleanup: () => Promise<void>;
let driver: SessionDriver | null = null;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(async () => {
  await driver?.session.close();
  driver = null;
  await cleanup();
});

function onDisk(): string[] {
  return (JSON.parse(readFileSync(join(dir, PENDING_FILE), 'utf8')) as { paths: string[] }).paths;
}

function pendingOf(d: SessionDriver): PendingSyncPaths {
  const pending = d.session.pendingSync;
  if (!pending) throw new Error('no pending record for a git project');
  return pending;
}

/** A git project whose record is trusted (as after its first sync), with one document. */
async function syncedProject(fs?: ReturnType<typeof faultFs>['fs']): Promise<{ d: SessionDriver; documentId: string }> {
  mkdirSync(join(dir, '.git'));
  const d = await sessionDriver(dir, undefined, fs);
  driver = d;
  const pending = pendingOf(d);
  const doc = await d.call('addDocument', { title: 'Заявление', text });
  await pending.clear(pending.take());
  expect(onDisk()).toEqual([]);
  return { d, documentId: doc.id };
}

describe('PendingSyncPaths', () => {
  it('records exactly the files a save through the session changed', async () => {
    const { d, documentId } = await syncedProject();
    const first = await d.call('createAnnotation', { documentId, tagId: 'claim', start: 0, end: 11 });
    expect(onDisk()).toEqual([`documents/${documentId}/annotations.coder-test.json`]);
    const second = await d.call('createAnnotation', { documentId, tagId: 'claim', start: 12, end: 19 });
    await d.call('createLink', { fromId: first.id, toId: second.id, typeId: 'supports' });
    const other = await d.call('addDocument', { title: 'Другой', text });
    expect(onDisk()).toEqual(
      [
        `documents/${documentId}/annotations.coder-test.json`,
        `documents/${other.id}/document.json`,
        `documents/${other.id}/text.json`,
        'links.coder-test.json',
      ].sort(),
    );
    expect(pendingOf(d).take()).toMatchObject({ status: 'known', paths: onDisk() });
  });

  it('drop takes out exactly the files named: a document added meanwhile stays recorded', async () => {
    const { d, documentId } = await syncedProject();
    await d.call('createAnnotation', { documentId, tagId: 'claim', start: 0, end: 11 });
    const layer = `documents/${documentId}/annotations.coder-test.json`;
    const other = await d.call('addDocument', { title: 'Добавлен во время слияния', text });
    await pendingOf(d).drop([layer, 'actors.json']);
    expect(onDisk()).toEqual([`documents/${other.id}/document.json`, `documents/${other.id}/text.json`]);
    expect(pendingOf(d).peek()).toBe(2);
  });

  it('does not rewrite the record when a save changes only files already in it', async () => {
    const { fs, calls } = faultFs();
    const { d, documentId } = await syncedProject(fs);
    const writes = () => calls.filter((c) => c.startsWith('open wx') && c.includes('glossator-sync-pending')).length;
    await d.call('createAnnotation', { documentId, tagId: 'claim', start: 0, end: 11 });
    const after = writes();
    for (let i = 0; i < 5; i++) await d.call('createAnnotation', { documentId, tagId: 'claim', start: i, end: i + 5 });
    expect(writes()).toBe(after);
    expect(after).toBeGreaterThan(0);
  });

  it('keeps after a clear the paths changed again since the take', async () => {
    const { d, documentId } = await syncedProject();
    const pending = pendingOf(d);
    const a = await d.call('createAnnotation', { documentId, tagId: 'claim', start: 0, end: 11 });
    const taken = pending.take();
    expect(taken).toMatchObject({ status: 'known', paths: [`documents/${documentId}/annotations.coder-test.json`] });
    // Meanwhile (the sync is committing): the layer again, and a file new to the record.
    const b = await d.call('createAnnotation', { documentId, tagId: 'claim', start: 12, end: 19 });
    await d.call('createLink', { fromId: a.id, toId: b.id, typeId: 'supports' });
    await pending.clear(taken);
    expect(onDisk()).toEqual([`documents/${documentId}/annotations.coder-test.json`, 'links.coder-test.json']);
    // A take with nothing changed after it clears everything it named.
    await pending.clear(pending.take());
    expect(onDisk()).toEqual([]);
  });

  it('answers unknown for a missing or damaged record, until a sync that compared everything clears it', async () => {
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, PENDING_FILE), '{"format":"glossator-sync-pending","version":1,"paths":["../x.json"]}');
    driver = await sessionDriver(dir);
    const d = driver;
    const doc = await d.call('addDocument', { title: 'Заявление', text });
    await d.call('createAnnotation', { documentId: doc.id, tagId: 'claim', start: 0, end: 11 });
    const taken = pendingOf(d).take();
    expect(taken.status).toBe('unknown');
    expect(taken).toMatchObject({ reason: 'damaged' });
    // Never overwritten with a partial list while unknown.
    expect(readFileSync(join(dir, PENDING_FILE), 'utf8')).toContain('../x.json');
    await d.call('createAnnotation', { documentId: doc.id, tagId: 'claim', start: 12, end: 19 });
    await pendingOf(d).clear(taken);
    // The layer changed after the take stays; the rest was compared.
    expect(onDisk()).toEqual([`documents/${doc.id}/annotations.coder-test.json`]);
    expect(pendingOf(d).take().status).toBe('known');
  });

  it('stays unknown when the clear that would make it known cannot be written', async () => {
    mkdirSync(join(dir, '.git'));
    let fail = false;
    const { fs: base } = faultFs();
    const fs = {
      ...base,
      open: ((path: string, flags: string, mode?: number) =>
        fail && String(path).includes('glossator-sync-pending')
          ? Promise.reject(Object.assign(new Error('EIO: injected'), { code: 'EIO' }))
          : base.open(path, flags, mode)) as typeof base.open,
    };
    driver = await sessionDriver(dir, undefined, fs);
    const pending = pendingOf(driver);
    const doc = await driver.call('addDocument', { title: 'Заявление', text });
    fail = true;
    await expect(pending.clear(pending.take())).rejects.toThrow('EIO');
    fail = false;
    await driver.call('createAnnotation', { documentId: doc.id, tagId: 'claim', start: 0, end: 11 });
    expect(existsSync(join(dir, PENDING_FILE))).toBe(false);
    expect(pending.take()).toMatchObject({ status: 'unknown', reason: 'missing' });
  });

  it('records what the open itself writes (a new coder in project.json) and keeps the record across sessions', async () => {
    const { d, documentId } = await syncedProject();
    await d.call('createAnnotation', { documentId, tagId: 'claim', start: 0, end: 11 });
    await d.session.close();
    driver = await sessionDriver(dir, { id: 'coder-b', name: 'Колесникова' });
    expect(onDisk()).toEqual([`documents/${documentId}/annotations.coder-test.json`, 'project.json']);
    expect(pendingOf(driver).take()).toMatchObject({ status: 'known', paths: onDisk() });
  });

  it('answers unknown (missing) for a repository that has no record yet', async () => {
    mkdirSync(join(dir, '.git'));
    driver = await sessionDriver(dir);
    await driver.call('addDocument', { title: 'Заявление', text });
    expect(pendingOf(driver).take()).toMatchObject({ status: 'unknown', reason: 'missing' });
    expect(existsSync(join(dir, PENDING_FILE))).toBe(false);
  });

  it('costs a project that is not a git repository nothing: no record, no file', async () => {
    driver = await sessionDriver(dir);
    const doc = await driver.call('addDocument', { title: 'Заявление', text });
    await driver.call('createAnnotation', { documentId: doc.id, tagId: 'claim', start: 0, end: 11 });
    expect(driver.session.pendingSync).toBeNull();
    expect(existsSync(join(dir, '.git'))).toBe(false);
  });

  it('refuses the save when the record cannot be written, and tries again at the next one', async () => {
    let failNext = false;
    const { fs: base } = faultFs();
    const fs = {
      ...base,
      open: ((path: string, flags: string, mode?: number) => {
        if (failNext && String(path).includes('glossator-sync-pending')) {
          failNext = false;
          return Promise.reject(Object.assign(new Error('ENOSPC: injected'), { code: 'ENOSPC' }));
        }
        return base.open(path, flags, mode);
      }) as typeof base.open,
    };
    const { d, documentId } = await syncedProject(fs);
    failNext = true;
    const failure = await d.fail('createAnnotation', { documentId, tagId: 'claim', start: 0, end: 11 });
    expect(failure.code).toBe('io');
    expect(onDisk()).toEqual([]);
    expect(existsSync(join(dir, 'documents', documentId, 'annotations.coder-test.json'))).toBe(false);
    await d.call('createAnnotation', { documentId, tagId: 'claim', start: 0, end: 11 });
    expect(onDisk()).toEqual([`documents/${documentId}/annotations.coder-test.json`]);
  });
});
