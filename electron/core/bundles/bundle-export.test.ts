import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normalizeText } from '../../../shared/text/normalize-text.ts';
import type { ProjectStore } from '../store/project-store.ts';
import { annotationEdit } from '../store/record-edit.ts';
import { addTestDocument, openTestStore, testAnnotation, testCoder } from '../testing/open-test-store.ts';
import { openTestSession, type TestSession } from '../testing/test-session.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { exportBundle } from './bundle-export.ts';
import { ExportJobs } from './export-jobs.ts';
import { readBundle } from './read-bundle.ts';

describe('exportBundle while the project changes', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let store: ProjectStore;
  const count = 60;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    store = await openTestStore(join(dir, 'project'));
    for (let i = 0; i < count; i++) await addTestDocument(store, `doc-${i}`, `Text number ${i}: the ministry speaks.`);
  });
  afterEach(async () => {
    await store.close();
    await cleanup();
  });

  it('lets a save through before it ends, and writes the project as it was when it began', async () => {
    const path = join(dir, 'during.glossator');
    const order: string[] = [];
    const exporting = exportBundle(store, { documents: { all: true }, layers: { all: true } }, path).then((s) => {
      order.push('export');
      return s;
    });
    const text = (await store.text('doc-59')).text;
    const saving = store.commit(annotationEdit([testAnnotation('doc-59', text, 0, 4, 'late')])).then(() => {
      order.push('save');
    });
    const [summary] = await Promise.all([exporting, saving]);
    // The save did not wait for the whole export; the export holds what was there when it began.
    expect(order).toEqual(['save', 'export']);
    expect(summary.annotations).toEqual({});
    const bundle = await readBundle(path);
    expect(await bundle.annotations('doc-59')).toEqual([]);
    await bundle.close();
  });

  it('is refused when a text it has not written yet is corrected meanwhile (the file gate then removes the temp file)', async () => {
    const path = join(dir, 'corrected.glossator');
    const exporting = exportBundle(store, { documents: { all: true }, layers: { all: true } }, path);
    const info = store.documentInfo('doc-59');
    const corrected = normalizeText('Text number 59: the minister speaks, corrected.');
    await store.commit({
      texts: [{ documentId: 'doc-59', text: corrected }],
      documents: [{ ...info, textLength: corrected.length }],
    });
    await expect(exporting).rejects.toMatchObject({ code: 'conflict', text: { key: 'bundles:changedDuringExport' } });
  });
});

describe('exportBundle on a project holding what a bundle may not', () => {
  it('refuses a reference to a record that is gone, naming it, rather than writing a bundle no one can read', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const project = join(dir, 'project');
      let store = await openTestStore(project);
      const text = await addTestDocument(store, 'doc-1', 'The ministry speaks.');
      await store.commit(annotationEdit([testAnnotation('doc-1', text, 4, 12, 'a-1')]));
      await store.close();
      // Written behind the store's back (an older Glossator, a hand edit): its tag is not in the codebook.
      const layer = join(project, 'documents', 'doc-1', `annotations.${testCoder.id}.json`);
      await writeFile(layer, (await readFile(layer, 'utf8')).replace(/"tagId": ?"claim"/, '"tagId":"gone"'));
      await rm(join(project, '.cache'), { recursive: true, force: true });
      store = await openTestStore(project);
      try {
        expect(store.annotation('a-1').tagId).toBe('gone');
        await expect(
          exportBundle(store, { documents: { all: true }, layers: { all: true } }, join(dir, 'b.glossator')),
        ).rejects.toMatchObject({
          code: 'invalid-input',
          text: { key: 'bundles:missingReference', params: { id: 'gone', kind: 'tag', from: 'a-1' } },
        });
      } finally {
        await store.close();
      }
    } finally {
      await cleanup();
    }
  });
});

describe('the exportBundle and exportProgress calls', () => {
  let t: TestSession;
  let out: { dir: string; cleanup: () => Promise<void> };
  beforeEach(async () => {
    t = await openTestSession();
    out = await tempDir();
    for (let i = 0; i < 3; i++) await t.call('addDocument', { title: `Doc ${i}`, text: `The text of document ${i}.` });
  });
  afterEach(async () => {
    await t.close();
    await out.cleanup();
  });

  it('writes the bundle where the ticket points and answers with its summary', async () => {
    const target = join(out.dir, 'My bundle.glossator');
    const to = t.session.files.grantSave(target, 'My bundle.glossator');
    const summary = await t.call('exportBundle', {
      to,
      jobId: 'job-00000001',
      documents: { all: true },
      layers: { mine: true },
    });
    expect(summary).toMatchObject({ name: 'My bundle.glossator', documents: 3, links: 0, linksLeftOut: 0 });
    expect(summary.bytes).toBe((await stat(target)).size);
    // Nothing but the bundle in the folder: the temp file was renamed onto it.
    expect(await readdir(out.dir)).toEqual(['My bundle.glossator']);
    const bundle = await readBundle(target);
    expect(bundle.documentInfos).toHaveLength(3);
    await bundle.close();
    expect(await t.call('exportProgress', { jobId: 'job-00000001' })).toBeNull();
  });

  it('refuses a layer of a coder the project does not have, and writes nothing', async () => {
    const target = join(out.dir, 'none.glossator');
    const to = t.session.files.grantSave(target, 'none.glossator');
    const failure = await t.fail('exportBundle', {
      to,
      jobId: 'job-00000002',
      documents: { all: true },
      layers: { coderIds: ['somebody-else'] },
    });
    expect(failure.code).toBe('invalid-input');
    expect(await readdir(out.dir)).toEqual([]);
  });
});

describe('ExportJobs', () => {
  it('says how far a running export is, and null once it is over however it ended', async () => {
    const jobs = new ExportJobs();
    const seen: unknown[] = [];
    await jobs.run('job-a', async (report) => {
      seen.push(jobs.progress('job-a'));
      report({ done: 2, total: 5 });
      seen.push(jobs.progress('job-a'));
    });
    expect(seen).toEqual([
      { done: 0, total: 0 },
      { done: 2, total: 5 },
    ]);
    expect(jobs.progress('job-a')).toBeNull();
    await expect(jobs.run('job-b', async () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(jobs.progress('job-b')).toBeNull();
  });
});
