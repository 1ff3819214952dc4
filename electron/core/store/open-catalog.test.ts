import { cp, mkdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../shared/model/project.ts';
import { projectFingerprint, seedCrashProject } from '../testing/crash-project.ts';
import { openTestStore, testAnnotation, testCoder } from '../testing/open-test-store.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { catalogFile } from './open-catalog.ts';
import { layout } from './project-layout.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  await seedCrashProject(join(dir, 'p'), 3_000, 20);
  dir = join(dir, 'p');
});
afterEach(() => cleanup());

/** Opens, fingerprints and closes; returns the fingerprint and how many documents came from the catalogue. */
async function openAndRead(folder = dir) {
  const store = await openTestStore(folder);
  try {
    return { fingerprint: await projectFingerprint(store), fromCatalog: store.fromCatalog, problems: store.problems };
  } finally {
    await store.close();
  }
}

describe('the open catalogue', () => {
  it('serves an unchanged project from one file, with the same content as reading every file', async () => {
    await rm(catalogFile(dir));
    const full = await openAndRead();
    expect(full.fromCatalog).toBe(0);
    const cached = await openAndRead();
    expect(cached.fromCatalog).toBe(4);
    expect(cached.fingerprint).toBe(full.fingerprint);
  });

  it('follows changes made by the app: a document written in a session is stamped afresh at close', async () => {
    const store = await openTestStore(dir);
    const { text } = await store.text('doc-b');
    await store.putAnnotation(testAnnotation('doc-b', text, 0, 7, 'added-in-session'));
    const fingerprint = await projectFingerprint(store);
    await store.close();
    const again = await openAndRead();
    expect(again.fromCatalog).toBe(4);
    expect(again.fingerprint).toBe(fingerprint);
  });

  it('reads a document again when something else changed it during a session, after the app wrote it', async () => {
    const store = await openTestStore(dir);
    const { text } = await store.text('doc-b');
    await store.putAnnotation(testAnnotation('doc-b', text, 0, 7, 'added-in-session'));
    // A hand edit while the app runs: the layer now holds one annotation only.
    const layer = layout.layerFile(dir, 'doc-b', testCoder.id);
    const file = JSON.parse(await readFile(layer, 'utf8'));
    await writeFile(layer, JSON.stringify({ ...file, annotations: file.annotations.slice(0, 1) }));
    await store.close();
    const reopened = await openTestStore(dir);
    try {
      expect(reopened.fromCatalog).toBe(3);
      expect(reopened.annotationsOf('doc-b')).toHaveLength(1);
    } finally {
      await reopened.close();
    }
  });

  it('reads a document again when one of its files was edited in place, even to the same size', async () => {
    await openAndRead();
    const file = layout.documentFile(dir, 'doc-c');
    const before = await readFile(file, 'utf8');
    const edited = before.replace('Document doc-c', 'Document doc-Z');
    expect(edited.length).toBe(before.length);
    await writeFile(file, edited);
    const store = await openTestStore(dir);
    try {
      expect(store.fromCatalog).toBe(3);
      expect(store.documentInfo('doc-c').title).toBe('Document doc-Z');
    } finally {
      await store.close();
    }
  });

  it('reads a document again when a file was added to its folder (a colleague’s layer)', async () => {
    await openAndRead();
    const store = await openTestStore(dir);
    const [first] = store.annotationsOf('doc-d');
    await store.close();
    const theirs = { ...first!, id: 'theirs-1', coderId: 'colleague' };
    await writeFile(
      layout.layerFile(dir, 'doc-d', 'colleague'),
      JSON.stringify({
        schemaVersion: SCHEMA_VERSION,
        documentId: 'doc-d',
        coderId: 'colleague',
        annotations: [theirs],
      }),
    );
    const reopened = await openTestStore(dir);
    try {
      expect(reopened.fromCatalog).toBe(3);
      expect(reopened.hasAnnotation('theirs-1')).toBe(true);
    } finally {
      await reopened.close();
    }
  });

  it('still refuses a project when a file is replaced in place by a newer format', async () => {
    await openAndRead();
    await writeFile(
      layout.layerFile(dir, 'doc-a', testCoder.id),
      JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1 }),
    );
    await expect(openTestStore(dir)).rejects.toMatchObject({ code: 'newer-version' });
  });

  it('is not used when cut off, or when the project folder was copied elsewhere', async () => {
    const { fingerprint } = await openAndRead();
    const copy = `${dir}-copy`;
    await cp(dir, copy, { recursive: true });
    const copied = await openAndRead(copy);
    expect(copied.fromCatalog).toBe(0);
    expect(copied.fingerprint).toBe(fingerprint);
    await truncate(catalogFile(dir), 200);
    const cut = await openAndRead();
    expect(cut.fromCatalog).toBe(0);
    expect(cut.fingerprint).toBe(fingerprint);
    expect(cut.problems).toEqual([]);
  });

  it('leaves out a document with a file that could not be read, so its problem is found again', async () => {
    const layer = layout.layerFile(dir, 'doc-b', testCoder.id);
    await rm(layer);
    await mkdir(layer);
    expect((await openAndRead()).problems).toHaveLength(1);
    const again = await openAndRead();
    expect(again.fromCatalog).toBe(3);
    expect(again.problems.map((p) => p.readOnly)).toEqual([true]);
  });
});
