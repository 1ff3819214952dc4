import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp-dir.ts';
import { FileGate } from './file-gate.ts';
import { beginUpload } from './upload-sink.ts';

let dir: string;
let cleanup: () => Promise<void>;
let clock: number;
let gate: FileGate;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  clock = 0;
  gate = new FileGate({ stagingRoot: join(dir, 'tmp'), now: () => clock });
});
afterEach(async () => {
  await gate.close();
  await cleanup();
});

describe('saving through a ticket', () => {
  it('writes the target from a temp file beside it, and the ticket is good once', async () => {
    const target = join(dir, 'codebook.json');
    const ticket = gate.grantSave(target, 'codebook.json');
    let tempPath = '';
    const saved = await gate.save(ticket, async (temp) => {
      tempPath = temp;
      await writeFile(temp, 'кодбук');
    });
    expect(saved).toEqual({ name: 'codebook.json', bytes: Buffer.byteLength('кодбук') });
    expect(tempPath.startsWith(`${dir}/.codebook.json.`)).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('кодбук');
    expect(await readdir(dir)).toEqual(['codebook.json']);
    await expect(gate.save(ticket, (temp) => writeFile(temp, 'again'))).rejects.toThrow(/no longer available/);
  });

  it('leaves the target as it was and no temp file when the writer fails', async () => {
    const target = join(dir, 'network.graphml');
    await writeFile(target, 'old');
    const ticket = gate.grantSave(target, 'network.graphml');
    await expect(
      gate.save(ticket, async (temp) => {
        await writeFile(temp, 'half');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['network.graphml']);
  });

  it('refuses a ticket that expired, or one of another kind', async () => {
    const ticket = gate.grantSave(join(dir, 'a.json'), 'a.json');
    clock += 61 * 60 * 1000;
    await expect(gate.save(ticket, (temp) => writeFile(temp, 'x'))).rejects.toThrow(/no longer available/);
    const open = gate.grantOpen(join(dir, 'a.json'), 'a.json', 1);
    await expect(gate.save(open, (temp) => writeFile(temp, 'x'))).rejects.toThrow(/no longer available/);
    expect(() => gate.open('made-up-ticket-0123456789')).toThrow(/no longer available/);
  });

  it('gives every ticket a fresh unguessable id', () => {
    const tickets = new Set(Array.from({ length: 100 }, () => gate.grantSave(join(dir, 'x'), 'x')));
    expect(tickets.size).toBe(100);
    for (const t of tickets) expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('uploads', () => {
  it('are written chunk by chunk, opened once and deleted on release', async () => {
    const sink = await beginUpload(gate, 'доклад.txt', 100);
    await sink.write(Buffer.from('первая '));
    await sink.write(Buffer.from('вторая'));
    const opened = await sink.finish();
    expect(opened).toMatchObject({ name: 'доклад.txt', bytes: Buffer.byteLength('первая вторая') });
    const file = gate.open(opened.ticket);
    expect(await readFile(file.path, 'utf8')).toBe('первая вторая');
    gate.release(opened.ticket);
    await new Promise((r) => setTimeout(r, 20));
    expect(await readdir(gate.staging.dir)).toEqual([]);
  });

  it('past the cap are refused as too large, nothing kept', async () => {
    const sink = await beginUpload(gate, 'big.bin', 10);
    await sink.write(new Uint8Array(8));
    await expect(sink.write(new Uint8Array(8))).rejects.toMatchObject({ code: 'too-large' });
    await expect(sink.finish()).rejects.toThrow();
    expect(await readdir(gate.staging.dir)).toEqual([]);
  });

  it('expire with their file', async () => {
    const sink = await beginUpload(gate, 'a.txt', 10);
    await sink.write(Buffer.from('a'));
    const { ticket } = await sink.finish();
    clock += 61 * 60 * 1000;
    expect(() => gate.open(ticket)).toThrow(/no longer available/);
    await new Promise((r) => setTimeout(r, 20));
    expect(await readdir(gate.staging.dir)).toEqual([]);
  });
});

describe('the staging folder', () => {
  it('removes the folders of processes that are gone when it is first made, and its own on close', async () => {
    const root = join(dir, 'tmp', 'glossator-files');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(root, '999999999-abcdef'), { recursive: true });
    await writeFile(join(root, '999999999-abcdef', 'left-behind'), 'x');
    await gate.staging.ensure();
    expect(await readdir(root)).toEqual([gate.staging.dir.split('/').pop()]);
    await gate.close();
    expect(await readdir(root)).toEqual([]);
  });

  it('answers a chooser call without a shell with a clear refusal', async () => {
    await expect(gate.chooseSave('codebook', 'a.json')).rejects.toThrow('Files cannot be chosen here.');
  });
});
