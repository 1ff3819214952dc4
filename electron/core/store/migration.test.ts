import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../shared/model/project.ts';
import { projectFingerprint } from '../testing/crash-project.ts';
import { faultFs } from '../testing/fault-fs.ts';
import { folderSnapshot } from '../testing/folder-snapshot.ts';
import { writeFormatFixture } from '../testing/format-fixtures.ts';
import { openTestStore, testCoder } from '../testing/open-test-store.ts';
import { tempDir } from '../testing/temp-dir.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const json = async (path: string) => JSON.parse(await readFile(join(dir, path), 'utf8'));
/** The tree without the temp folder and the open catalogue (a cache written at close). */
const withoutTemp = (snapshot: Record<string, string>) => {
  const copy = { ...snapshot };
  for (const key of ['.tmp/', '.cache/', '.cache/open-catalog.jsonl']) delete copy[key];
  return copy;
};

describe.each([1, 2, 3] as const)('a format-%i project', (format) => {
  beforeEach(() => writeFormatFixture(dir, format));

  it('opens with every coder’s work, and only project.json is written at open (in the current format)', async () => {
    const before = await folderSnapshot(dir);
    const store = await openTestStore(dir);
    try {
      expect(store.problems).toEqual([]);
      expect(store.annotations('doc-1').map((a) => [a.id, a.coderId])).toEqual([
        ['a-1', 'coder-a'],
        ['a-2', 'coder-a'],
        ['b-1', 'coder-b'],
        ['b-2', 'coder-b'],
      ]);
      expect(store.codebook().tags.map((t) => t.kind)).toEqual(['statement', 'statement', 'actor-mention', 'plain']);
      expect(store.links().map((l) => l.id)).toEqual(format === 3 ? ['l-a', 'l-b'] : []);
    } finally {
      await store.close();
    }
    const after = withoutTemp(await folderSnapshot(dir));
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const file of Object.keys(before)) {
      if (file === 'project.json') expect(after[file]).not.toBe(before[file]);
      else expect(after[file], file).toBe(before[file]);
    }
    const project = await json('project.json');
    expect(project.schemaVersion).toBe(SCHEMA_VERSION);
    expect(project.coders.map((c: { id: string }) => c.id)).toEqual(['coder-a', 'coder-b', testCoder.id]);
  });

  it('migrating twice changes nothing: a second open writes no file', async () => {
    await (await openTestStore(dir)).close();
    const once = await folderSnapshot(dir);
    await (await openTestStore(dir)).close();
    expect(await folderSnapshot(dir)).toEqual(once);
  });

  it('a failed migration leaves the original untouched', async () => {
    const before = await folderSnapshot(dir);
    for (const failAt of [1, 2, 3, 4]) {
      await expect(openTestStore(dir, faultFs(failAt, 'EIO').fs)).rejects.toMatchObject({ code: 'io' });
      expect(withoutTemp(await folderSnapshot(dir)), `failing call ${failAt}`).toEqual(before);
    }
  });

  it('the first change to the annotations writes each coder’s layer and removes annotations.json, losing nothing', async () => {
    const store = await openTestStore(dir);
    let fingerprint: string;
    try {
      const a = store.annotation('a-2');
      await store.commit({ annotations: [{ id: a.id, documentId: 'doc-1', after: { ...a, note: 'проверено' } }] });
      if (format === 3) {
        const l = store.links()[0]!;
        await store.commit({ links: [{ id: l.id, after: { ...l, note: 'ok' } }] });
      }
      fingerprint = await projectFingerprint(store);
    } finally {
      await store.close();
    }
    const files = await readdir(join(dir, 'documents/doc-1'));
    expect(files.sort()).toEqual([
      'annotations.coder-a.json',
      'annotations.coder-b.json',
      'document.json',
      'text.json',
    ]);
    expect(
      (await json('documents/doc-1/annotations.coder-b.json')).annotations.map((a: { id: string }) => a.id),
    ).toEqual(['b-1', 'b-2']);
    if (format === 3) {
      expect(await json('links.json')).toEqual({ schemaVersion: SCHEMA_VERSION, linkTypes: expect.any(Array) });
      expect((await json('links.coder-b.json')).links.map((l: { id: string }) => l.id)).toEqual(['l-b']);
    }
    const reopened = await openTestStore(dir);
    try {
      expect(await projectFingerprint(reopened)).toBe(fingerprint);
      expect(reopened.problems).toEqual([]);
    } finally {
      await reopened.close();
    }
  });
});
