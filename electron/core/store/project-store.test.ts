import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { SCHEMA_VERSION } from '../../../shared/model/project.ts';
import { faultFs } from '../testing/fault-fs.ts';
import { addTestDocument, openTestStore, testAnnotation, testCoder } from '../testing/open-test-store.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { layout } from './project-layout.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const text = 'Президент заявил: угроза терроризма сохраняется. 🛡️ Меры будут приняты.';

describe('ProjectStore', () => {
  it('creates a new project with the default codebook and the coder', async () => {
    const store = await openTestStore(dir);
    expect(store.info().documentCount).toBe(0);
    const topLevel = store.codebook().tags.filter((t) => !t.parent);
    expect(topLevel.map((t) => t.name)).toEqual(expect.arrayContaining(['Claim', 'Proposal', 'Actor mention']));
    const onDisk = JSON.parse(await readFile(layout.projectFile(dir), 'utf8'));
    expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION);
    expect(onDisk.coders).toEqual([testCoder]);
    await store.close();
  });

  it('keeps documents and annotations across a close and reopen', async () => {
    const store = await openTestStore(dir);
    await addTestDocument(store, 'doc-a', text);
    const start = text.indexOf('угроза');
    await store.putAnnotation(testAnnotation('doc-a', text, start, start + 6, 'ann-1'));
    await store.close();

    const again = await openTestStore(dir);
    expect(again.problems).toEqual([]);
    expect(again.listDocuments()).toMatchObject([{ id: 'doc-a', annotationCount: 1, textLength: text.length }]);
    expect((await again.text('doc-a')).text).toBe(text);
    expect(again.annotations('doc-a')[0]?.quote.exact).toBe('угроза');
    await again.close();
  });

  it('rewrites only the file that holds a change', async () => {
    const store = await openTestStore(dir);
    await addTestDocument(store, 'doc-a', text);
    await addTestDocument(store, 'doc-b', text);
    await store.putAnnotation(testAnnotation('doc-b', text, 0, 9, 'ann-b'));
    const files = [
      layout.projectFile(dir),
      layout.documentFile(dir, 'doc-a'),
      layout.textFile(dir, 'doc-a'),
      layout.documentFile(dir, 'doc-b'),
      layout.textFile(dir, 'doc-b'),
      layout.layerFile(dir, 'doc-b', testCoder.id),
    ];
    const before = await Promise.all(files.map((f) => stat(f)));
    await store.putAnnotation(testAnnotation('doc-a', text, 0, 9, 'ann-a'));
    const after = await Promise.all(files.map((f) => stat(f)));
    // A durable write replaces the file (new inode); untouched files keep theirs.
    expect(after.map((s) => s.ino)).toEqual(before.map((s) => s.ino));
    expect((await stat(layout.layerFile(dir, 'doc-a', testCoder.id))).isFile()).toBe(true);
    await store.close();
  });

  it('takes a change back in memory when its write fails, and a later save succeeds', async () => {
    const { fs } = faultFs(null);
    const store = await openTestStore(dir, fs);
    await addTestDocument(store, 'doc-a', text);
    await store.putAnnotation(testAnnotation('doc-a', text, 0, 9, 'ann-1'));
    const annotationsFile = layout.layerFile(dir, 'doc-a', testCoder.id);
    const saved = await readFile(annotationsFile);
    await store.close();

    const failing = await openTestStore(dir, faultFs(1, 'ENOSPC', true).fs);
    await expect(failing.putAnnotation(testAnnotation('doc-a', text, 10, 16, 'ann-2'))).rejects.toThrow(/disk is full/);
    await expect(failing.removeAnnotation('ann-1')).rejects.toThrow(/disk is full/);
    expect(failing.annotations('doc-a').map((a) => a.id)).toEqual(['ann-1']);
    expect(await readFile(annotationsFile)).toEqual(saved);
    await failing.close();

    const healthy = await openTestStore(dir);
    await healthy.putAnnotation(testAnnotation('doc-a', text, 10, 16, 'ann-2'));
    expect(healthy.annotations('doc-a').map((a) => a.id)).toEqual(['ann-1', 'ann-2']);
    await healthy.close();
  });

  it('takes back a change of several files (text, document, annotations) when any write of it fails', async () => {
    const setup = await openTestStore(dir);
    await addTestDocument(setup, 'doc-a', text);
    await setup.putAnnotation(testAnnotation('doc-a', text, 0, 9, 'ann-1'));
    await setup.close();
    const files = [
      layout.textFile(dir, 'doc-a'),
      layout.documentFile(dir, 'doc-a'),
      layout.layerFile(dir, 'doc-a', testCoder.id),
    ];
    const before = await Promise.all(files.map(async (f) => JSON.parse(await readFile(f, 'utf8'))));
    let failures = 0;
    for (let failAt = 1; failAt <= 16; failAt++) {
      const store = await openTestStore(dir, faultFs(failAt, 'EIO').fs);
      const info = store.documentInfo('doc-a');
      const moved = { ...store.annotation('ann-1'), start: 1, end: 10 };
      const edit = {
        texts: [{ documentId: 'doc-a', text: `X${text}` }],
        documents: [{ ...info, textLength: text.length + 1 }],
        annotations: [{ id: 'ann-1', documentId: 'doc-a', after: moved }],
      };
      const outcome = await store.commit(edit).then(
        () => 'saved',
        () => 'failed',
      );
      if (outcome === 'failed') {
        failures++;
        expect((await store.text('doc-a')).text).toBe(text);
        expect(store.documentInfo('doc-a')).toEqual(info);
        expect(store.annotation('ann-1').start).toBe(0);
        const now = await Promise.all(files.map(async (f) => JSON.parse(await readFile(f, 'utf8'))));
        expect(now).toEqual(before);
      } else {
        // Put it back for the next round.
        await store.commit({
          texts: [{ documentId: 'doc-a', text }],
          documents: [info],
          annotations: [{ id: 'ann-1', documentId: 'doc-a', after: { ...moved, start: 0, end: 9 } }],
        });
      }
      await store.close();
    }
    expect(failures).toBeGreaterThan(5);
  });

  it('adds a document all or nothing', async () => {
    await (await openTestStore(dir)).close();
    // Call 4 is the rename of the first file written (open, write, sync, rename).
    const store = await openTestStore(dir, faultFs(4, 'EIO').fs);
    await expect(addTestDocument(store, 'doc-a', text)).rejects.toBeInstanceOf(ApiError);
    expect(store.listDocuments()).toEqual([]);
    expect(await readdir(layout.documentsDir(dir))).toEqual([]);
    await store.close();
  });

  it('removes the staging folder of an add that was cut off', async () => {
    const store = await openTestStore(dir);
    await store.close();
    const staging = layout.stagingDir(dir, 'doc-x');
    await import('node:fs/promises').then((f) => f.mkdir(staging));
    await writeFile(join(staging, 'text.json'), '{"schemaVersion":1,"text":"x","originalText":"x"}');
    const again = await openTestStore(dir);
    expect(again.listDocuments()).toEqual([]);
    expect(await readdir(layout.documentsDir(dir))).toEqual([]);
    await again.close();
  });
});

describe('the project lock', () => {
  it('refuses a second open of the same folder with a clear message', async () => {
    const store = await openTestStore(dir);
    await expect(openTestStore(dir)).rejects.toMatchObject({
      code: 'locked',
      message: expect.stringContaining('already open in another Glossator'),
    });
    await store.close();
    const again = await openTestStore(dir);
    await again.close();
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    await openTestStore(dir).then((s) => s.close());
    const { hostname } = await import('node:os');
    // A pid far above any real one stands for a crashed process.
    await writeFile(join(dir, 'glossator.lock'), JSON.stringify({ pid: 2 ** 22 + 17, host: hostname(), since: 'x' }));
    const store = await openTestStore(dir);
    await store.close();
  });
});

describe('damaged files', () => {
  async function projectWithOneAnnotation() {
    const store = await openTestStore(dir);
    await addTestDocument(store, 'doc-a', text);
    await store.putAnnotation(testAnnotation('doc-a', text, 0, 9, 'ann-1'));
    await store.close();
  }

  async function setAsideFiles(folder: string) {
    return (await readdir(folder)).filter((n) => n.includes('.damaged-'));
  }

  it.each([
    ['empty', '', 'empty'],
    ['blank', ' \n', 'empty'],
    ['truncated', '{"schemaVersion": 1, "documentId": "doc-a", "annot', 'invalid-json'],
    ['invalid JSON', '{schemaVersion: 1}', 'invalid-json'],
    ['wrong shape', '{"schemaVersion": 1, "documentId": "doc-a", "annotations": "lots"}', 'wrong-shape'],
    ['of another document', '{"schemaVersion": 1, "documentId": "doc-b", "annotations": []}', 'wrong-shape'],
  ])('an annotations file that is %s is set aside, reported, and never overwritten', async (_, content, kind) => {
    await projectWithOneAnnotation();
    const file = layout.layerFile(dir, 'doc-a', testCoder.id);
    await writeFile(file, content);
    const store = await openTestStore(dir);
    expect(store.problems).toHaveLength(1);
    expect(store.problems[0]).toMatchObject({ file: 'documents/doc-a/annotations.coder-test.json', kind });
    expect(store.problems[0]?.message).toMatch(/nothing was overwritten/);
    const [aside] = await setAsideFiles(layout.documentDir(dir, 'doc-a'));
    expect(aside).toBeDefined();
    expect(await readFile(join(layout.documentDir(dir, 'doc-a'), aside as string), 'utf8')).toBe(content);
    // The document still opens, with no annotations, and the rest of the project is intact.
    expect(store.listDocuments()).toMatchObject([{ id: 'doc-a', annotationCount: 0 }]);
    expect((await store.text('doc-a')).text).toBe(text);
    // New work is saved beside the set-aside file.
    await store.putAnnotation(testAnnotation('doc-a', text, 10, 16, 'ann-2'));
    expect(await readFile(join(layout.documentDir(dir, 'doc-a'), aside as string), 'utf8')).toBe(content);
    await store.close();
  });

  it('a damaged project.json is set aside and not replaced until the user changes something', async () => {
    await projectWithOneAnnotation();
    await writeFile(layout.projectFile(dir), '{"schemaVersion": 1, "id": "p", "na');
    const store = await openTestStore(dir);
    expect(store.problems).toMatchObject([{ file: 'project.json', kind: 'invalid-json' }]);
    expect(store.listDocuments()).toHaveLength(1);
    expect(store.annotations('doc-a')).toHaveLength(1);
    await store.close();
    const names = await readdir(dir);
    expect(names).not.toContain('project.json');
    expect(names.filter((n) => n.startsWith('project.damaged-'))).toHaveLength(1);
  });

  it('a damaged document.json hides only that document and is reported', async () => {
    await projectWithOneAnnotation();
    const store0 = await openTestStore(dir);
    await addTestDocument(store0, 'doc-b', text);
    await store0.close();
    await writeFile(layout.documentFile(dir, 'doc-a'), '[1, 2, 3]');
    const store = await openTestStore(dir);
    expect(store.listDocuments().map((d) => d.id)).toEqual(['doc-b']);
    expect(store.problems).toMatchObject([{ file: 'documents/doc-a/document.json', kind: 'wrong-shape' }]);
    await store.close();
    // The annotations of the hidden document are untouched.
    expect(JSON.parse(await readFile(layout.layerFile(dir, 'doc-a', testCoder.id), 'utf8')).annotations).toHaveLength(
      1,
    );
  });

  it('a damaged text file is left in place, read-only, and reported once, however often the document is opened', async () => {
    await projectWithOneAnnotation();
    await writeFile(layout.textFile(dir, 'doc-a'), '{"schemaVersion": 1, "text": "Прези');
    const store = await openTestStore(dir);
    await expect(store.text('doc-a')).rejects.toMatchObject({
      code: 'io',
      message: expect.stringContaining('text.json'),
    });
    await expect(store.text('doc-a')).rejects.toMatchObject({ code: 'io' });
    expect(store.info().problems.map((p) => p.file)).toEqual(['documents/doc-a/text.json']);
    expect(store.info().problems[0]?.readOnly).toBe(true);
    expect(await setAsideFiles(layout.documentDir(dir, 'doc-a'))).toHaveLength(0);
    // Its annotations are untouched, and a change to the text is refused without writing it.
    expect(store.annotations('doc-a')).toHaveLength(1);
    await expect(store.commit({ texts: [{ documentId: 'doc-a', text: 'x' }] })).rejects.toMatchObject({ code: 'io' });
    expect(await readFile(layout.textFile(dir, 'doc-a'), 'utf8')).toBe('{"schemaVersion": 1, "text": "Прези');
    await store.close();
  });

  it('refuses a project written by a newer Glossator and changes nothing', async () => {
    await projectWithOneAnnotation();
    const newer = JSON.stringify({ schemaVersion: 99, future: true });
    await writeFile(layout.layerFile(dir, 'doc-a', testCoder.id), newer);
    await expect(openTestStore(dir)).rejects.toMatchObject({ code: 'newer-version' });
    expect(await readFile(layout.layerFile(dir, 'doc-a', testCoder.id), 'utf8')).toBe(newer);
    expect(await readdir(dir)).not.toContain('glossator.lock');
  });
});

describe('older formats', () => {
  it('opens a format-1 project, migrating in memory; project.json is written in the current format at once (so older Glossators refuse it), other files when they change', async () => {
    const { dir: old, cleanup: done } = await tempDir();
    try {
      const project = {
        schemaVersion: 1,
        id: 'p1',
        name: 'Old',
        created: '2026-01-01T00:00:00.000Z',
        codebook: {
          tags: [{ id: 'claim', name: 'Claim', parent: null, color: '#e8a33d', description: '', shortcut: '1' }],
        },
        coders: [testCoder],
      };
      await writeFile(join(old, 'project.json'), JSON.stringify(project));
      const store = await openTestStore(old);
      try {
        expect(store.codebook().tags[0]!.kind).toBe('statement');
        expect(JSON.parse(await readFile(join(old, 'project.json'), 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
        await store.commit({ codebook: { tags: [{ ...store.codebook().tags[0]!, name: 'Claim (renamed)' }] } });
        expect(JSON.parse(await readFile(join(old, 'project.json'), 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
      } finally {
        await store.close();
      }
    } finally {
      await done();
    }
  });
});

describe('the order documents were added in', () => {
  it('holds when several are written at once and finish out of order, and after the project is opened again', async () => {
    const store = await openTestStore(dir);
    const add = (id: string, created: string) =>
      store.addDocument(
        { id, title: `Документ ${id}`, metadata: {}, created, textLength: 5 },
        { text: 'Текст', originalText: 'Текст' },
      );
    // Chosen in the order b1, b2, b3 (their creation times), finished in another.
    await add('b3', '2026-05-01T10:00:00.003Z');
    await add('b1', '2026-05-01T10:00:00.001Z');
    await add('b2', '2026-05-01T10:00:00.002Z');
    expect(store.listDocumentInfos().map((d) => d.id)).toEqual(['b1', 'b2', 'b3']);
    await store.close();
    const reopened = await openTestStore(dir);
    expect(reopened.listDocumentInfos().map((d) => d.id)).toEqual(['b1', 'b2', 'b3']);
    await reopened.close();
  });
});
