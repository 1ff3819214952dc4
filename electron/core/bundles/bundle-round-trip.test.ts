import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from '../../../shared/formats/bundle/bundle-contents.ts';
import { ProjectSession } from '../services/project-session.ts';
import type { ProjectStore } from '../store/project-store.ts';
import { testCoder } from '../testing/open-test-store.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { exportBundle } from './bundle-export.ts';
import { readBundle } from './read-bundle.ts';
import { bundleOriginals, colleague, seedBundleProject } from './testing/bundle-project.ts';

const run = promisify(execFile);

let dir: string;
let cleanup: () => Promise<void>;
let store: ProjectStore;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  store = await seedBundleProject(join(dir, 'project'));
});
afterEach(async () => {
  await store.close();
  await cleanup();
});

describe('a bundle read back', () => {
  it('gives the same records, texts byte for byte (emoji, a CRLF original, an NFD original)', async () => {
    const path = join(dir, 'all.glossator');
    const progress: Array<{ done: number; total: number }> = [];
    const summary = await exportBundle(store, { documents: { all: true }, layers: { all: true } }, path, (p) =>
      progress.push(p),
    );
    expect(summary).toMatchObject({ documents: 5, links: 3, linksLeftOut: 0 });
    expect(summary.annotations).toEqual({ [testCoder.id]: 3, [colleague.id]: 2 });
    expect(progress.at(-1)).toEqual({ done: 5, total: 5 });

    const bundle = await readBundle(path);
    try {
      expect(bundle.origin).toMatchObject({ formatVersion: BUNDLE_FORMAT_VERSION, exportedBy: testCoder });
      expect(bundle.origin.project.id).toBe(store.info().id);
      expect(bundle.layers.sort()).toEqual([colleague.id, testCoder.id].sort());
      expect(bundle.tags).toEqual(store.codebook().tags);
      expect(bundle.actors).toEqual(store.actors());
      expect(bundle.concepts).toEqual(store.concepts());
      expect(bundle.linkTypes).toEqual(store.linkTypes());
      expect(bundle.documentInfos).toEqual(store.listDocumentInfos());
      expect(bundle.links).toEqual(expect.arrayContaining([...store.links()]));
      expect(bundle.links).toHaveLength(store.links().length);
      for (const info of store.listDocumentInfos()) {
        const theirs = await bundle.document(info.id);
        const ours = await store.text(info.id);
        expect(Buffer.from(theirs.text)).toEqual(Buffer.from(ours.text));
        expect(Buffer.from(theirs.originalText)).toEqual(Buffer.from(ours.originalText));
        const sort = (list: readonly { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
        expect(sort(await bundle.annotations(info.id))).toEqual(sort(store.annotations(info.id)));
      }
      expect((await bundle.document('doc-crlf')).originalText).toBe(bundleOriginals.crlf);
      expect((await bundle.document('doc-nfd')).originalText).toBe(bundleOriginals.nfd);
      expect((await bundle.document('doc-emoji')).text).toBe(bundleOriginals.emoji);
      expect((await bundle.document('doc-bom')).originalText).toBe(bundleOriginals.bom);
      expect((await bundle.document('doc-bom')).text.startsWith('A file')).toBe(true);
    } finally {
      await bundle.close();
    }
  });

  it('is a zip unzip accepts, its JSON pretty-printed and its texts plain files', async () => {
    const path = join(dir, 'all.glossator');
    await exportBundle(store, { documents: { all: true }, layers: { all: true } }, path);
    const { stdout } = await run('unzip', ['-t', path]);
    expect(stdout).toMatch(/No errors detected/);
    const out = join(dir, 'unzipped');
    await run('unzip', ['-q', path, '-d', out]);
    const manifestText = await readFile(join(out, 'manifest.json'), 'utf8');
    const manifest = JSON.parse(manifestText);
    expect(manifestText).toBe(`${JSON.stringify(manifest, null, 2)}\n`);
    expect(manifest).toMatchObject({
      format: BUNDLE_FORMAT,
      text: { normalisation: 'bom-removed, line-ends-lf, nfc', offsetUnit: 'utf-16' },
      counts: { documents: 5, annotations: 5, links: 3 },
    });
    for (const file of manifest.files as Array<{ path: string; bytes: number }>) {
      const bytes = await readFile(join(out, file.path));
      expect(bytes.length).toBe(file.bytes);
      if (file.path.endsWith('.json'))
        expect(bytes.toString('utf8')).toBe(`${JSON.stringify(JSON.parse(bytes.toString('utf8')), null, 2)}\n`);
    }
    expect(await readFile(join(out, 'documents/doc-emoji/text.txt'), 'utf8')).toBe(bundleOriginals.emoji);
    // The original is written only where it differs from the text.
    expect(manifest.files.map((f: { path: string }) => f.path)).not.toContain('documents/doc-emoji/original.txt');
    expect(await readFile(join(out, 'documents/doc-crlf/original.txt'), 'utf8')).toBe(bundleOriginals.crlf);
  });

  it('holds only the documents and layers asked for, and counts the links left out', async () => {
    const path = join(dir, 'mine.glossator');
    const summary = await exportBundle(
      store,
      { documents: { ids: ['doc-emoji', 'doc-crlf'] }, layers: { mine: true } },
      path,
    );
    // l-1 (mine, both ends here) is written; l-3 reaches doc-plain, left out; l-2 is the colleague's.
    expect(summary).toMatchObject({ documents: 2, annotations: { [testCoder.id]: 2 }, links: 1, linksLeftOut: 1 });
    const bundle = await readBundle(path);
    try {
      expect(bundle.layers).toEqual([testCoder.id]);
      expect(bundle.coders).toEqual([testCoder]);
      expect(bundle.documentInfos.map((d) => d.id)).toEqual(['doc-emoji', 'doc-crlf']);
      expect((await bundle.annotations('doc-emoji')).map((a) => a.id)).toEqual(['a-emoji-1']);
      expect(bundle.links.map((l) => l.id)).toEqual(['l-1']);
    } finally {
      await bundle.close();
    }
  });

  it('refuses a coder or a document the project does not have, writing nothing', async () => {
    const path = join(dir, 'none.glossator');
    await expect(
      exportBundle(store, { documents: { all: true }, layers: { coderIds: ['nobody'] } }, path),
    ).rejects.toMatchObject({ code: 'invalid-input', text: { key: 'bundles:unknownCoder' } });
    await expect(
      exportBundle(store, { documents: { ids: ['doc-none'] }, layers: { all: true } }, path),
    ).rejects.toMatchObject({ code: 'invalid-input', text: { key: 'bundles:unknownDocument' } });
    await expect(readFile(path)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('the sample project as a bundle', () => {
  it('exports and reads back (its ids of every kind apart, its references inside it)', async () => {
    const { dir: sampleDir, cleanup: done } = await tempDir();
    const session = new ProjectSession(testCoder);
    try {
      await session.open(join(sampleDir, 'sample'), { withSample: true });
      const path = join(sampleDir, 'sample.glossator');
      const summary = await exportBundle(session.store, { documents: { all: true }, layers: { all: true } }, path);
      expect(summary.documents).toBe(session.store.listDocumentInfos().length);
      expect(summary.documents).toBeGreaterThan(0);
      const bundle = await readBundle(path);
      expect(bundle.documentInfos).toHaveLength(summary.documents);
      expect(bundle.links).toHaveLength(summary.links);
      await bundle.close();
    } finally {
      await session.close();
      await done();
    }
  });
});
