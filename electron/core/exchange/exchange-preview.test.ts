import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ForeignContents } from '../../../shared/formats/exchange/exchange-types.ts';
import { message } from '../../../shared/i18n/message.ts';
import { bundleOf } from '../bundles/bundle-import-test-bundle.ts';
import { previewBundle } from '../bundles/bundle-import.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { sessionDriver } from '../testing/test-session.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('the import preview of another tool’s file', () => {
  it('says the file’s format, the annotations it rejected and the reader’s notes; a bundle’s are empty', async () => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    const side = await sessionDriver(dir);
    cleanups.push(() => side.session.close());
    await side.call('addDocument', { title: 'Заседание', text: 'Министр предложил расширить сотрудничество.' });
    const own = await previewBundle(side.session, await bundleOf(side.session.store));
    expect(own).toMatchObject({ format: 'bundle', rejected: [], notes: [] });

    const rejected = { document: 'Заседание', annotation: 'T7', reason: message('exchange:ui-unknown') };
    const notes = [message('exchange:ui-unknown')];
    const foreign: ForeignContents = Object.assign(await bundleOf(side.session.store), {
      format: 'brat' as const,
      rejected: [rejected],
      notes,
    });
    const preview = await previewBundle(side.session, foreign);
    expect(preview.format).toBe('brat');
    expect(preview.rejected).toEqual([rejected]);
    expect(preview.notes).toEqual(notes);
    // The plan is the bundle import's: the same document, nothing new.
    expect(preview.documents[0]?.status).toBe('same');
  });
});

describe('previewBundle (the contract call) with another tool’s file', () => {
  it('previews a .qdpx written by our export, and refuses a file of no known format, releasing its ticket', async () => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    const { dir: out, cleanup: cleanOut } = await tempDir();
    cleanups.push(cleanOut);
    const side = await sessionDriver(dir);
    cleanups.push(() => side.session.close());
    const doc = await side.call('addDocument', { title: 'Заседание 😀', text: 'Министр 😀 предложил расширить.' });
    await side.call('createAnnotation', { documentId: doc.id, tagId: 'claim', start: 0, end: 7 });
    const qdpx = join(out, 'p.qdpx');
    await side.call('exportExchange', {
      format: 'qdpx',
      to: side.session.files.grantSave(qdpx, 'p.qdpx'),
      documents: { all: true },
      layers: { all: true },
    });
    const preview = await side.call('previewBundle', {
      file: side.session.files.grantOpen(qdpx, 'p.qdpx', (await stat(qdpx)).size),
    });
    expect(preview.format).toBe('qdpx');
    expect(preview.documents).toMatchObject([{ status: 'same' }]);
    await side.call('discardBundlePreview', { previewId: preview.previewId });

    const notes = join(out, 'notes.txt');
    await writeFile(notes, 'Просто заметки.');
    const failure = await side.fail('previewBundle', {
      file: side.session.files.grantOpen(notes, 'заметки.txt', 27, { owned: true }),
    });
    expect(failure.message).toContain('“заметки.txt” is not a file Glossator reads');
    // The uploaded file is the gate's: released (and so removed) when its preview failed.
    await expect(stat(notes)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
