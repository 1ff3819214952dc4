import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp-dir.ts';
import { openZip } from './zip-reader.ts';
import { type ZipWriteEntry, writeZip } from './zip-writer.ts';

const run = promisify(execFile);

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('glossator-zip-writer-')));
afterAll(() => cleanup());

/** 30 MB that deflate can only partly compress: random words, as a long text is. */
function bigText(bytes: number): Buffer {
  const words = ['безопасность', 'policy', 'стратегия', 'NATO', 'угроза', 'deterrence', '😀', '\r\n'];
  const out = Buffer.alloc(bytes);
  let at = 0;
  const picks = randomBytes(bytes / 4);
  for (let i = 0; at < bytes; i += 1) {
    at += out.write(`${words[(picks[i % picks.length] as number) % words.length]} `, at);
  }
  return out;
}

const big = bigText(30 * 1024 * 1024);
const sample: ZipWriteEntry[] = [
  { name: 'manifest.json', data: '{\n  "format": "glossator-bundle"\n}\n' },
  { name: 'документы/Статья о безопасности.json', data: 'Текст с эмодзи 😀👩‍👩‍👧 и 𝔘𝔫𝔦𝔠𝔬𝔡𝔢' },
  { name: 'documents/empty.json', data: '' },
  { name: 'documents/big/text.json', data: big },
];

async function* slowly(entries: ZipWriteEntry[]): AsyncGenerator<ZipWriteEntry> {
  for (const entry of entries) {
    await new Promise((resolve) => setImmediate(resolve));
    yield entry;
  }
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('writeZip', () => {
  it('round trip: what it writes, openZip reads back byte for byte (Cyrillic names, emoji, an empty file, 30 MB)', async () => {
    const path = join(dir, 'round.zip');
    const bytes = await writeZip(path, slowly(sample));
    expect(bytes).toBe((await stat(path)).size);
    const archive = await openZip(path);
    expect(archive.entries().map((e) => e.name)).toEqual(sample.map((e) => e.name));
    for (const { name, data } of sample) {
      const read = await archive.read(name);
      expect(sha(read), name).toBe(sha(Buffer.from(data)));
    }
    const bigEntry = archive.entries().find((e) => e.name === 'documents/big/text.json');
    expect(bigEntry?.size).toBe(big.length);
    // Deflated: far smaller than the text.
    expect(bigEntry?.compressedSize).toBeLessThan(big.length / 2);
    await archive.close();
  });

  it('the same content gives the same bytes (a fixed timestamp), whatever the time zone', async () => {
    const small = sample.slice(0, 3);
    const first = join(dir, 'first.zip');
    const second = join(dir, 'second.zip');
    await writeZip(first, small);
    // Past the 2-second step of a zip timestamp: a clock-based time would differ now.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await writeZip(second, slowly(small));
    expect(sha(await readFile(second))).toBe(sha(await readFile(first)));
    // In another time zone, a child process writes the same bytes.
    const script = `import('${new URL('./zip-writer.ts', import.meta.url).pathname}').then((m) => m.writeZip(process.argv[1], ${JSON.stringify(small)}))`;
    const third = join(dir, 'third.zip');
    await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, third], {
      env: { ...process.env, TZ: 'Pacific/Kiritimati' },
    });
    expect(sha(await readFile(third))).toBe(sha(await readFile(first)));
  });

  it('writes a standard zip: Debian unzip tests it and lists the UTF-8 names', async (context) => {
    const path = join(dir, 'round.zip');
    try {
      await run('unzip', ['-v']);
    } catch {
      console.log('skipped: unzip is not installed (Debian: apt-get install unzip)');
      context.skip();
    }
    const tested = await run('unzip', ['-t', path]);
    expect(tested.stdout).toContain('No errors detected');
    const listed = await run('unzip', ['-Z1', path], { env: { ...process.env, LC_ALL: 'C.UTF-8' } });
    expect(listed.stdout.trim().split('\n')).toEqual(sample.map((e) => e.name));
    const printed = await run('unzip', ['-p', path, 'документы/Статья о безопасности.json'], {
      env: { ...process.env, LC_ALL: 'C.UTF-8' },
    });
    expect(printed.stdout).toBe(sample[1]?.data);
  });

  it('another reader (yauzl, which checks sizes) reads the same names and bytes', async () => {
    const zip = await yauzl.openPromise(join(dir, 'round.zip'), { strictFileNames: true, validateEntrySizes: true });
    const seen: Record<string, string> = {};
    for await (const entry of zip.eachEntry()) {
      const stream = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      seen[entry.fileName] = sha(Buffer.concat(chunks));
    }
    zip.close();
    expect(seen).toEqual(Object.fromEntries(sample.map(({ name, data }) => [name, sha(Buffer.from(data))])));
  });

  it('refuses to write what the reader would refuse: traversal, backslashes, duplicates', async () => {
    const refused = async (entries: ZipWriteEntry[]) => {
      const error = await writeZip(join(dir, 'refused.zip'), entries).catch((e: unknown) => e);
      return (error as { text?: { key: string } }).text?.key;
    };
    expect(await refused([{ name: '../evil.json', data: '' }])).toBe('bundleFile:nameTraversal');
    expect(await refused([{ name: 'a\\b.json', data: '' }])).toBe('bundleFile:nameBackslash');
    expect(await refused([{ name: 'folder/', data: '' }])).toBe('bundleFile:folderWithData');
    expect(
      await refused([
        { name: 'a.json', data: '' },
        { name: 'a.json', data: '' },
      ]),
    ).toBe('bundleFile:duplicateName');
    expect(
      await refused([
        { name: 'a.json', data: '' },
        { name: 'A.json', data: '' },
      ]),
    ).toBe('bundleFile:duplicateFolded');
  });

  it('100,000 entries: a ZIP64 end record, which unzip and openZip both read', async () => {
    const path = join(dir, 'many.zip');
    const entries = Array.from({ length: 100_000 }, (_, i) => ({
      name: `documents/d${i}/annotations.c1.json`,
      data: `[${i}]`,
    }));
    const started = performance.now();
    await writeZip(path, entries);
    console.log(`wrote 100,000 entries in ${Math.round(performance.now() - started)} ms`);
    const archive = await openZip(path);
    expect(archive.entries()).toHaveLength(100_000);
    expect((await archive.read('documents/d99999/annotations.c1.json')).toString()).toBe('[99999]');
    await archive.close();
    const tested = await run('unzip', ['-tq', path]).catch((error: { stdout?: string }) => error);
    expect(tested.stdout).toContain('No errors detected');
  }, 60_000);

  it('data deflate cannot shrink is stored as it is', async () => {
    const path = join(dir, 'random.zip');
    const data = randomBytes(100_000);
    await writeZip(path, [{ name: 'random.bin', data }]);
    const archive = await openZip(path);
    expect(archive.entries()[0]).toEqual({ name: 'random.bin', size: 100_000, compressedSize: 100_000 });
    expect((await archive.read('random.bin')).equals(data)).toBe(true);
    await archive.close();
  });

  it('a full disk fails the write (no hang) and stops taking entries from the source', async () => {
    let pulled = 0;
    async function* many(): AsyncGenerator<ZipWriteEntry> {
      for (let i = 0; i < 1000; i += 1) {
        pulled += 1;
        yield { name: `f${i}.bin`, data: randomBytes(64 * 1024) };
      }
    }
    await expect(writeZip('/dev/full', many())).rejects.toMatchObject({ code: 'ENOSPC' });
    // It stops at the first megabyte that cannot be written.
    expect(pulled).toBeLessThan(100);
  });

  it('a source that fails fails the write', async () => {
    async function* broken(): AsyncGenerator<ZipWriteEntry> {
      yield { name: 'a.json', data: '1' };
      throw new Error('the store could not be read');
    }
    await expect(writeZip(join(dir, 'broken.zip'), broken())).rejects.toThrow('the store could not be read');
  });
});
