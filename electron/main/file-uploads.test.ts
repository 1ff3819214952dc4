import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileChannels } from '../../shared/ipc/file-channels.ts';
import type { Envelope } from '../../shared/ipc/errors.ts';
import type { OpenedFile } from '../../shared/ipc/file-ticket.ts';
import { translator } from '../../shared/i18n/i18n.ts';
import { FileGate } from '../core/files/file-gate.ts';
import { tempDir } from '../core/testing/temp-dir.ts';
import { dialogShell, filtersOf } from './file-dialogs.ts';
import { bindFileUploads } from './file-uploads.ts';

type Handler = (event: unknown, ...args: unknown[]) => Promise<Envelope<unknown>>;
const page = (id: number, url = 'app://glossator/index.html') => ({
  senderFrame: { url, parent: null },
  sender: { id },
});

let dir: string;
let cleanup: () => Promise<void>;
let gate: FileGate;
let channels: Map<string, Handler>;
const call = (channel: string, event: unknown, ...args: unknown[]) =>
  (channels.get(channel) as Handler)(event, ...args);

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  gate = new FileGate({ stagingRoot: dir });
  channels = new Map();
  bindFileUploads({ handle: (c, fn) => void channels.set(c, fn as never) }, gate, { maxBytes: 1000 });
});
afterEach(async () => {
  await gate.close();
  await cleanup();
});

describe('uploads over IPC (files dropped into the Electron window)', () => {
  it('writes the chunks to the staging folder and answers an open ticket', async () => {
    const begun = (await call(fileChannels.begin, page(1), 'Доклад.docx')) as Envelope<{ upload: string }>;
    if (!begun.ok) throw new Error('begin refused');
    const { upload } = begun.value;
    for (const part of ['Первая часть, ', 'вторая.']) {
      expect(await call(fileChannels.chunk, page(1), upload, new TextEncoder().encode(part))).toEqual({
        ok: true,
        value: null,
      });
    }
    const done = (await call(fileChannels.finish, page(1), upload)) as Envelope<OpenedFile>;
    if (!done.ok) throw new Error('finish refused');
    expect(done.value).toMatchObject({ name: 'Доклад.docx', bytes: Buffer.byteLength('Первая часть, вторая.') });
    expect(await readFile(gate.open(done.value.ticket).path, 'utf8')).toBe('Первая часть, вторая.');
  });

  it('refuses untrusted pages, another page’s upload, bytes that are not bytes, and uploads over the cap', async () => {
    expect(await call(fileChannels.begin, page(1, 'https://evil.example/'), 'a.txt')).toMatchObject({ ok: false });
    const begun = (await call(fileChannels.begin, page(1), 'a.txt')) as { value: { upload: string } };
    const { upload } = begun.value;
    expect(await call(fileChannels.chunk, page(2), upload, new Uint8Array(1))).toMatchObject({ ok: false });
    expect(await call(fileChannels.chunk, page(1), upload, 'not bytes')).toMatchObject({ ok: false });
    expect(await call(fileChannels.chunk, page(1), upload, new Uint8Array(1001))).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
    expect(await call(fileChannels.finish, page(1), upload)).toMatchObject({ ok: false });
    expect(await readdir(gate.staging.dir)).toEqual([]);
  });

  it('removes an aborted upload’s file', async () => {
    const { value } = (await call(fileChannels.begin, page(1), 'a.txt')) as { value: { upload: string } };
    await call(fileChannels.chunk, page(1), value.upload, new Uint8Array(10));
    expect(await call(fileChannels.abort, page(1), value.upload)).toEqual({ ok: true, value: null });
    expect(await readdir(gate.staging.dir)).toEqual([]);
  });
});

describe('the save and open dialogs', () => {
  const t = () => translator('ru');
  it('filter by kind in the user’s language and grant the chosen path', async () => {
    const target = join(dir, 'Кодбук.json');
    await writeFile(join(dir, 'in.graphml'), '<graphml/>');
    const asked: unknown[] = [];
    const shell = dialogShell({} as never, gate, t, {
      showSaveDialog: (async (_w: unknown, options: unknown) => {
        asked.push(options);
        return { canceled: false, filePath: target };
      }) as never,
      showOpenDialog: (async () => ({ canceled: false, filePaths: [join(dir, 'in.graphml')] })) as never,
    });
    const save = await shell.chooseSave('codebook', 'Проект — кодбук.json');
    expect(save?.name).toBe('Кодбук.json');
    expect(asked[0]).toMatchObject({ defaultPath: 'Проект — кодбук.json', filters: filtersOf('codebook', t()) });
    await gate.save(save?.ticket as string, (temp) => writeFile(temp, '{}'));
    expect(await readFile(target, 'utf8')).toBe('{}');
    const opened = await shell.chooseOpen('graphml');
    expect(opened).toMatchObject({ name: 'in.graphml', bytes: 10 });
    expect(filtersOf('bundle', t())).toEqual([
      { name: 'Пакеты Glossator', extensions: ['glossator'] },
      { name: 'Все файлы', extensions: ['*'] },
    ]);
  });

  it('answer null when the user cancels', async () => {
    const shell = dialogShell({} as never, gate, t, {
      showSaveDialog: (async () => ({ canceled: true, filePath: '' })) as never,
      showOpenDialog: (async () => ({ canceled: true, filePaths: [] })) as never,
    });
    expect(await shell.chooseSave('graphml', 'n.graphml')).toBeNull();
    expect(await shell.chooseOpen('document')).toBeNull();
  });
});
