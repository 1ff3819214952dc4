import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Coder } from '../../../shared/model/coder.ts';
import { normalizeText } from '../../../shared/text/normalize-text.ts';
import { applyBundle, defaultDecisions, previewBundle, previewBundleFile } from '../bundles/bundle-import.ts';
import { takeSnapshot } from '../bundles/export-snapshot.ts';
import { seedBundleProject } from '../bundles/testing/bundle-project.ts';
import { ProjectSession } from '../services/project-session.ts';
import type { ProjectStore } from '../store/project-store.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { writeW3c } from './w3c-export.ts';
import { readW3c } from './w3c-import.ts';

const third: Coder = { id: 'coder-third', name: 'Третий' };
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function temp(): Promise<string> {
  const t = await tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

async function exportAll(store: ProjectStore, path: string): Promise<void> {
  const snapshot = takeSnapshot(store, { documents: { all: true }, layers: { all: true } });
  await writeW3c(
    {
      snapshot,
      text: async (id) => (await store.text(id)).text,
      originalText: async (id) => (await store.text(id)).originalText,
      options: {},
    },
    path,
  );
}

async function openSession(coder: Coder): Promise<ProjectSession> {
  const session = new ProjectSession(coder);
  await session.open(await temp(), { withSample: false });
  cleanups.push(() => session.close());
  return session;
}

describe('a W3C export imported through the bundle import (preview, apply, one undo step)', () => {
  it('lands in another project as the same layers, texts and links; importing it again changes nothing', async () => {
    const source = await seedBundleProject(join(await temp(), 'source'));
    cleanups.push(() => source.close());
    const path = join(await temp(), 'all.jsonld');
    await exportAll(source, path);

    const session = await openSession(third);
    const preview = await previewBundle(session, await readW3c(path, 'all.jsonld'));
    expect(preview.format).toBe('w3c');
    expect(preview.rejected).toEqual([]);
    const applied = await applyBundle(session, preview.previewId, defaultDecisions);
    expect(applied.summary.documents).toBe(5);
    expect(applied.summary.annotations).toBe(5);
    expect(applied.summary.links).toBe(3);
    const store = session.store;
    for (const info of source.listDocumentInfos()) {
      expect(await store.text(info.id)).toEqual(await source.text(info.id));
      const sort = (l: readonly { id: string }[]) => [...l].sort((a, b) => a.id.localeCompare(b.id));
      expect(sort(store.annotations(info.id))).toEqual(sort(source.annotations(info.id)));
    }
    expect([...store.links()].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...source.links()].sort((a, b) => a.id.localeCompare(b.id)),
    );

    const again = await previewBundle(session, await readW3c(path, 'all.jsonld'));
    const second = await applyBundle(session, again.previewId, defaultDecisions);
    expect(second.edit).toBeNull();
  });

  it('places another tool’s annotations on the project document its source names (by URL), in code points', async () => {
    const session = await openSession(third);
    const text = normalizeText('Саммит 🙂 ШОС\r\nобсудил пакт 🌍 и договор.');
    const info = {
      id: 'doc-web',
      title: 'Саммит',
      metadata: { url: 'https://example.org/summit' },
      created: '2026-01-01T00:00:00.000Z',
      textLength: text.length,
    };
    await session.store.addDocument(info, { text, originalText: text });
    const start = [...text.slice(0, text.indexOf('пакт'))].length;
    const file = join(await temp(), 'recogito.json');
    await writeFile(
      file,
      JSON.stringify([
        {
          '@context': 'http://www.w3.org/ns/anno.jsonld',
          id: '#3b0e8e0c-2a3f-4d7b-9c61-4d1f1e3a2b10',
          type: 'Annotation',
          body: [
            { type: 'TextualBody', purpose: 'tagging', value: 'Договор' },
            { type: 'TextualBody', purpose: 'commenting', value: 'Важно <b>!</b>', creator: { name: 'Alice' } },
          ],
          creator: { id: 'https://recogito.example/alice', name: 'Alice' },
          created: '2024-05-01T10:00:00Z',
          target: {
            source: 'https://example.org/summit',
            selector: [
              { type: 'TextQuoteSelector', exact: 'пакт 🌍' },
              { type: 'TextPositionSelector', start, end: start + 6 },
            ],
          },
        },
      ]),
    );
    // Told by its content (JSON), read with the project to look its source up in.
    const preview = await previewBundleFile(session, file);
    expect(preview).toMatchObject({ format: 'w3c', rejected: [], notes: [] });
    await applyBundle(session, preview.previewId, defaultDecisions);
    const [a] = session.store.annotations('doc-web');
    expect(a).toMatchObject({ start: text.indexOf('пакт'), end: text.indexOf('пакт') + 7, note: 'Важно <b>!</b>' });
    expect(a?.quote.exact).toBe('пакт 🌍');
    expect(session.store.codebook().tags.find((t) => t.id === a?.tagId)?.name).toBe('Договор');
  });

  it('refuses a file with a remote @context, the project unchanged', async () => {
    const session = await openSession(third);
    const file = join(await temp(), 'remote.jsonld');
    await writeFile(
      file,
      JSON.stringify({
        '@context': 'https://evil.example/context.jsonld',
        id: 'x:1',
        type: 'Annotation',
        target: 'x:2',
      }),
    );
    const before = session.store.listDocumentInfos().length;
    await expect(previewBundleFile(session, file)).rejects.toMatchObject({
      code: 'invalid-input',
      text: { key: 'exchange:w3c-remoteContext', params: { context: 'https://evil.example/context.jsonld' } },
    });
    expect(session.store.listDocumentInfos()).toHaveLength(before);
  });
});
