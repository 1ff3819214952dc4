import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../shared/model/project.ts';
import { faultFs } from '../testing/fault-fs.ts';
import { projectFingerprint, seedCrashProject } from '../testing/crash-project.ts';
import { folderSnapshot } from '../testing/folder-snapshot.ts';
import { openTestStore, testAnnotation, testCoder } from '../testing/open-test-store.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { JOURNAL_FILE, sha256 } from './change-journal.ts';
import { layout } from './project-layout.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  await seedCrashProject(dir, 3_000, 20);
});
afterEach(() => cleanup());

const newer = `${JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, future: true })}\n`;

describe('a newer project is refused untouched', () => {
  const files = [
    'project.json',
    'actors.json',
    'links.json',
    'concepts.json',
    `links.${testCoder.id}.json`,
    'documents/doc-b/document.json',
    'documents/doc-b/text.json',
    `documents/doc-b/annotations.${testCoder.id}.json`,
    'documents/doc-b/annotations.json',
    `documents/doc-c/annotations.colleague.json`,
  ];
  it.each(files)(
    'a newer %s, with a damaged file, a staging folder, a temp file and a journal beside it',
    async (file) => {
      await writeFile(join(dir, file), newer);
      // Each of these would be renamed, deleted or completed by an open that went ahead.
      await writeFile(join(dir, 'documents/doc-d/document.json'), '{"schemaVersion": 4, "docu');
      await mkdir(join(dir, 'documents/.new-doc-x'));
      await writeFile(join(dir, 'documents/.new-doc-x/text.json'), '{}');
      await writeFile(join(dir, 'documents/doc-a/.annotations.coder-test.json.0123456789ab.tmp'), 'cut off');
      await writeFile(join(dir, JOURNAL_FILE), '{"format":"glossator-journal"');
      const before = await folderSnapshot(dir);
      await expect(openTestStore(dir)).rejects.toMatchObject({
        code: 'newer-version',
        message: expect.stringContaining(file),
      });
      expect(await folderSnapshot(dir)).toEqual(before);
    },
  );
});

describe('a file that cannot be read is never written', () => {
  it('leaves an unreadable layer in place, refuses changes to it, and lets everything else work', async () => {
    const layer = layout.layerFile(dir, 'doc-b', testCoder.id);
    // As root, permissions do not stop a read; a folder in its place fails the same way (and so would a FIFO).
    await rm(layer);
    await mkdir(layer);
    const store = await openTestStore(dir);
    try {
      expect(store.problems).toEqual([
        expect.objectContaining({
          file: `documents/doc-b/annotations.${testCoder.id}.json`,
          kind: 'unreadable',
          readOnly: true,
        }),
      ]);
      expect(store.problems[0]?.message).toContain('cannot be changed');
      const { text } = await store.text('doc-b');
      await expect(store.putAnnotation(testAnnotation('doc-b', text, 0, 5, 'new-b'))).rejects.toMatchObject({
        code: 'io',
        message: expect.stringContaining(`documents/doc-b/annotations.${testCoder.id}.json`),
      });
      expect(store.hasAnnotation('new-b')).toBe(false);
      // Other documents, and the document's own details, are not blocked.
      const a = (await store.text('doc-c')).text;
      await store.putAnnotation(testAnnotation('doc-c', a, 0, 5, 'new-c'));
      await store.commit({ documents: [{ ...store.documentInfo('doc-b'), title: 'Renamed' }] });
      // A change of several documents that would write the unreadable layer is refused whole.
      const c = store.annotationsOf('doc-c')[0]!;
      await expect(
        store.commit({
          annotations: [
            { id: 'new-b2', documentId: 'doc-b', after: testAnnotation('doc-b', text, 5, 9, 'new-b2') },
            { id: c.id, documentId: 'doc-c', after: { ...c, note: 'changed' } },
          ],
        }),
      ).rejects.toMatchObject({ code: 'io' });
      expect(store.annotation(c.id).note).toBe('');
      expect((await folderSnapshot(layout.documentDir(dir, 'doc-b')))[`annotations.${testCoder.id}.json/`]).toBe(
        'folder',
      );
    } finally {
      await store.close();
    }
    const again = await openTestStore(dir);
    try {
      expect(again.hasAnnotation('new-c')).toBe(true);
      expect(again.documentInfo('doc-b').title).toBe('Renamed');
    } finally {
      await again.close();
    }
  });

  it('an unreadable project.json is not rewritten at open, and codebook changes are refused', async () => {
    const before = await readFile(layout.projectFile(dir));
    await rm(layout.projectFile(dir));
    await mkdir(layout.projectFile(dir));
    const store = await openTestStore(dir);
    try {
      expect(store.problems.map((p) => [p.file, p.readOnly])).toEqual([['project.json', true]]);
      await expect(store.commit({ codebook: { tags: [] } })).rejects.toMatchObject({ code: 'io' });
      await expect(store.rename('New name')).rejects.toMatchObject({ code: 'io' });
    } finally {
      await store.close();
    }
    await rm(layout.projectFile(dir), { recursive: true });
    await writeFile(layout.projectFile(dir), before);
    const fixed = await openTestStore(dir);
    expect(fixed.problems).toEqual([]);
    await fixed.close();
  });
});

describe('a change cut off by a crash', () => {
  it('is completed at open when its journal was written', async () => {
    const store = await openTestStore(dir);
    const fingerprint = await projectFingerprint(store);
    await store.close();
    // The state a merge would leave, prepared as the journal's temp files, as if killed just after its commit point.
    const target = `documents/doc-b/annotations.${testCoder.id}.json`;
    const content = (await readFile(join(dir, target), 'utf8')).replaceAll('"tagId":"claim"', '"tagId":"proposal"');
    await mkdir(layout.tempDir(dir), { recursive: true });
    await writeFile(join(dir, '.tmp/.x.0123456789ab.tmp'), content);
    await writeFile(
      join(dir, JOURNAL_FILE),
      JSON.stringify({
        format: 'glossator-journal',
        version: 1,
        id: 'j',
        files: [{ target, temp: '.tmp/.x.0123456789ab.tmp', sha256: sha256(content) }],
      }),
    );
    const reopened = await openTestStore(dir);
    try {
      expect(reopened.recovered.map((r) => r.kind)).toEqual(['completed-change']);
      expect(reopened.annotationsOf('doc-b').some((a) => a.tagId === 'claim')).toBe(false);
      expect(await readFile(join(dir, target), 'utf8')).toBe(content);
      expect(await projectFingerprint(reopened)).not.toBe(fingerprint);
    } finally {
      await reopened.close();
    }
  });

  it('completes a document’s deletion: its files count as gone already, and its folder goes once empty', async () => {
    const files = ['document.json', 'text.json', `annotations.${testCoder.id}.json`];
    await writeFile(
      join(dir, JOURNAL_FILE),
      JSON.stringify({
        format: 'glossator-journal',
        version: 1,
        id: 'j',
        files: files.map((name) => ({ target: `documents/doc-b/${name}`, temp: null, sha256: null })),
      }),
    );
    const store = await openTestStore(dir);
    try {
      expect(store.problems).toEqual([]);
      expect(store.recovered.map((r) => r.kind)).toEqual(['completed-change']);
      expect(store.listDocumentInfos().map((d) => d.id)).toEqual(['doc-a', 'doc-c', 'doc-d']);
      expect(store.hasAnnotation('doc-b-0')).toBe(false);
    } finally {
      await store.close();
    }
    expect(Object.keys(await folderSnapshot(dir)).filter((f) => f.startsWith('documents/doc-b'))).toEqual([]);
  });

  it('takes an empty document folder (a deletion stopped before the folder went) for no document, and removes it', async () => {
    await mkdir(layout.documentDir(dir, 'gone'));
    const store = await openTestStore(dir);
    try {
      expect(store.problems).toEqual([]);
      expect(store.listDocumentInfos()).toHaveLength(4);
    } finally {
      await store.close();
    }
    expect(Object.keys(await folderSnapshot(dir)).filter((f) => f.startsWith('documents/gone'))).toEqual([]);
  });

  it('says so when a file the journal names holds neither its old nor its new content (changed by something else)', async () => {
    const target = `documents/doc-b/annotations.${testCoder.id}.json`;
    await writeFile(
      join(dir, JOURNAL_FILE),
      JSON.stringify({
        format: 'glossator-journal',
        version: 1,
        id: 'j',
        files: [{ target, temp: '.tmp/.gone.0123456789ab.tmp', sha256: sha256('what the change wrote') }],
      }),
    );
    const store = await openTestStore(dir);
    try {
      expect(store.recovered[0]?.message).toContain(
        `changed by something else meanwhile and hold what that left: ${target}`,
      );
      expect(store.problems).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('is discarded, with its temp files, when its journal is unusable', async () => {
    await mkdir(layout.tempDir(dir), { recursive: true });
    await writeFile(join(dir, '.tmp/.x.0123456789ab.tmp'), 'new content');
    await writeFile(join(dir, 'documents/doc-a/.document.json.0123456789ab.tmp'), 'left by format 3');
    await writeFile(join(dir, JOURNAL_FILE), '');
    const store = await openTestStore(dir);
    try {
      expect(store.recovered.map((r) => r.kind)).toEqual(['discarded-change', 'removed-temp-files']);
      expect(store.problems).toEqual([]);
    } finally {
      await store.close();
    }
    const left = Object.keys(await folderSnapshot(dir));
    expect(left.filter((f) => f.endsWith('.tmp') || f.includes(JOURNAL_FILE))).toEqual([]);
  });

  it('a failed write before the commit point leaves every file as it was, and a later change succeeds', async () => {
    const before = await folderSnapshot(dir);
    for (const failAt of [1, 2, 3, 4, 5, 8]) {
      const { fs } = faultFs(failAt, 'ENOSPC');
      const store = await openTestStore(dir, fs);
      const merge = {
        annotations: store
          .annotationsOf('doc-b')
          .map((x) => ({ id: x.id, documentId: 'doc-b', after: { ...x, note: 'merged' } })),
        documents: [{ ...store.documentInfo('doc-b'), title: 'Changed' }],
      };
      await expect(store.commit(merge), `failing call ${failAt}`).rejects.toMatchObject({ code: 'io' });
      expect(store.documentInfo('doc-b').title).not.toBe('Changed');
      await store.close();
      const after = await folderSnapshot(dir);
      delete after['.tmp/'];
      const expected = { ...before };
      delete expected['.tmp/'];
      expect(after, `failing call ${failAt}`).toEqual(expected);
    }
  });
});

describe('the project lock', () => {
  it('takes over a lock whose PID is alive but is not a Glossator (a PID reused after a crash or reboot)', async () => {
    const sleeper = spawn('sleep', ['30']);
    try {
      await writeFile(
        join(dir, 'glossator.lock'),
        JSON.stringify({ pid: sleeper.pid, host: hostname(), since: new Date().toISOString() }),
      );
      const store = await openTestStore(dir);
      await store.close();
    } finally {
      sleeper.kill();
    }
  });
});
