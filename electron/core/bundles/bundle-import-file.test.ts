import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallInput, CallName, CallResult } from '../../../shared/ipc/index.ts';
import type { Coder } from '../../../shared/model/coder.ts';
import { createHandlers } from '../services/create-handlers.ts';
import { createDispatch } from '../services/dispatch.ts';
import { ProjectSession } from '../services/project-session.ts';
import { testCoder } from '../testing/open-test-store.ts';
import { projectHashes } from '../testing/project-hashes.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { exportBundle } from './bundle-export.ts';
import { bundlePreviews } from './bundle-import.ts';
import { craftZip, deflatedZeros, unixMode } from './testing/craft-zip.ts';
import { hostileBundles } from './testing/hostile-bundles.ts';

const ok = { name: 'manifest.json', data: '{}' };

/** The container-level cases (the zip reader's), each with the message it must be refused with. */
const hostileZips: Array<{ name: string; build: () => Buffer | Promise<Buffer>; key: string }> = [
  { name: 'not a zip', build: () => Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'), key: 'bundleFile:notZipPdf' },
  {
    name: '../ in a name',
    build: () => craftZip([ok, { name: '../evil.json', data: 'x' }]),
    key: 'bundleFile:nameTraversal',
  },
  {
    name: 'an absolute name',
    build: () => craftZip([ok, { name: '/etc/passwd', data: 'x' }]),
    key: 'bundleFile:nameAbsolute',
  },
  {
    name: 'a backslash',
    build: () => craftZip([ok, { name: 'documents\\evil.json', data: 'x' }]),
    key: 'bundleFile:nameBackslash',
  },
  {
    name: 'a symlink',
    build: () =>
      craftZip([
        ok,
        { name: 'documents/link', data: '/etc/passwd', method: 0, externalAttributes: unixMode(0o120777) },
      ]),
    key: 'bundleFile:symlink',
  },
  {
    name: 'a duplicate name',
    build: () => craftZip([ok, { name: 'manifest.json', data: '{}' }]),
    key: 'bundleFile:duplicateName',
  },
  {
    name: 'an understated size',
    build: () => craftZip([{ name: 'manifest.json', data: 'x'.repeat(10_000), size: 100 }]),
    key: 'bundleFile:understatedSize',
  },
  { name: 'a corrupted entry', build: () => craftZip([{ ...ok, crc32: 0x12345678 }]), key: 'bundleFile:crcMismatch' },
  {
    name: 'a 1000:1 bomb',
    build: async () => {
      const { compressed, crc32 } = await deflatedZeros(50 * 1024 * 1024);
      return craftZip([ok, { name: 'documents/d1/text.json', compressed, size: 50 * 1024 * 1024, crc32 }]);
    },
    key: 'bundleFile:bomb',
  },
];

const bea: Coder = { id: 'coder-bea', name: 'Bea' };

interface Side {
  dir: string;
  session: ProjectSession;
  call: <K extends CallName>(name: K, input: CallInput<K>) => Promise<CallResult<K>>;
  fail: (name: CallName, input: unknown) => Promise<{ code: string; message: string; text?: { key: string } }>;
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A project in `dir` (a fresh temporary folder by default), open as `coder`, driven through the real dispatch. */
async function openAs(coder: Coder, dir?: string): Promise<Side> {
  let folder = dir;
  if (!folder) {
    const temp = await tempDir();
    folder = temp.dir;
    cleanups.push(temp.cleanup);
  }
  const session = new ProjectSession(coder);
  await session.open(folder, { withSample: false });
  cleanups.push(() => session.close());
  const dispatch = createDispatch(createHandlers(session), () => {});
  return {
    dir: folder,
    session,
    call: async (name, input) => {
      const envelope = await dispatch(name, input as never);
      if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
      return envelope.value as never;
    },
    fail: async (name, input) => {
      const envelope = await dispatch(name, input as never);
      if (envelope.ok) throw new Error(`${name} was expected to fail`);
      return envelope.error as never;
    },
  };
}

/** Every file and folder below `dir`, relative. */
async function listAll(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const name of (await readdir(join(dir, prefix))).sort()) {
    const rel = prefix ? `${prefix}/${name}` : name;
    out.push(rel);
    if ((await stat(join(dir, rel))).isDirectory()) out.push(...(await listAll(dir, rel)));
  }
  return out;
}

describe('importing a bundle file through the contract', () => {
  it('an exported bundle previews and imports through a file ticket, and the ticket is released', async () => {
    const b = await openAs(bea);
    const doc = await b.call('addDocument', { title: 'Эмодзи', text: 'Саммит 👩‍💻 ШОС\r\nобсудил Cafe\u0301.' });
    const { text } = await b.call('getDocument', { documentId: doc.id });
    const start = text.indexOf('ШОС');
    const ann = await b.call('createAnnotation', { documentId: doc.id, tagId: 'claim', start, end: start + 3 });
    const { dir: out, cleanup } = await tempDir();
    cleanups.push(cleanup);
    const file = join(out, 'bea.glossator');
    await exportBundle(b.session.store, { documents: { all: true }, layers: { all: true } }, file);

    const me = await openAs(testCoder);
    const ticket = me.session.files.grantOpen(file, 'bea.glossator', (await stat(file)).size, { owned: true });
    const preview = await me.call('previewBundle', { file: ticket });
    expect(preview.origin).toMatchObject({ exportedBy: bea });
    expect(preview.documents).toMatchObject([{ theirId: doc.id, status: 'new' }]);
    const imported = await me.call('importBundle', {
      previewId: preview.previewId,
      coders: {},
      choices: {},
      replaceLayers: false,
    });
    expect(imported.summary).toMatchObject({ documents: 1, annotations: 1, coders: 1 });
    // A new coder is not in a change set: the window reads the project again.
    expect(imported.change.reload).toBe(true);
    expect(imported.history.undo).toMatchObject({ key: 'history:importBundle', params: { coder: 'Bea' } });
    expect(me.session.store.annotation(ann.id)).toEqual(b.session.store.annotation(ann.id));
    expect(await me.call('getDocument', { documentId: doc.id, withOriginal: true })).toMatchObject({
      text,
      originalText: 'Саммит 👩‍💻 ШОС\r\nобсудил Cafe\u0301.',
    });
    // The uploaded file is the gate's: released (and so removed) once the preview was imported.
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(bundlePreviews(me.session).size).toBe(0);

    // The same file again: nothing new.
    await exportBundle(b.session.store, { documents: { all: true }, layers: { all: true } }, file);
    const again = await me.call('previewBundle', {
      file: me.session.files.grantOpen(file, 'bea.glossator', (await stat(file)).size),
    });
    expect(again.nothingNew).toBe(true);
    await me.call('discardBundlePreview', { previewId: again.previewId });
  });

  it('every hostile bundle (container and content) is refused with its own message; the project stays byte-identical and nothing is written beside it', async () => {
    const { dir: sandbox, cleanup } = await tempDir('glossator-hostile-import-');
    cleanups.push(cleanup);
    const projectDir = join(sandbox, 'project');
    const staging = join(sandbox, 'staging');
    await mkdir(projectDir);
    await mkdir(staging);
    const me = await openAs(testCoder, projectDir);
    await me.call('addDocument', { title: 'Мой', text: 'Мой текст остаётся.' });
    // The backup taken at open is written in the background: finished before the folder is listed.
    await me.session.backups.idle();
    const before = await projectHashes(projectDir);
    const listedBefore = await listAll(sandbox);
    const proto = Object.getOwnPropertyNames(Object.prototype).sort();

    for (const hostile of [...hostileZips, ...hostileBundles]) {
      const path = join(staging, 'hostile.glossator');
      await writeFile(path, await hostile.build());
      const ticket = me.session.files.grantOpen(path, 'hostile.glossator', (await stat(path)).size, { owned: true });
      const error = await me.fail('previewBundle', { file: ticket });
      expect(error.text?.key, hostile.name).toBe(hostile.key);
      expect(await projectHashes(projectDir), hostile.name).toEqual(before);
      // Refused: the file is released at once (the gate removes what it owns), nothing else appeared.
      await expect(readFile(path), hostile.name).rejects.toMatchObject({ code: 'ENOENT' });
      expect(await listAll(sandbox), hostile.name).toEqual(listedBefore);
      expect(bundlePreviews(me.session).size).toBe(0);
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(proto);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(me.session.history.labels().undo).toBeNull();
  });
});
