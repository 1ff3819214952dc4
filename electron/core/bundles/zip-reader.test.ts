import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { inEnglish } from '../../../shared/i18n/in-english.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { type CraftEntry, type CraftOptions, craftZip, deflatedZeros, unixMode } from './testing/craft-zip.ts';
import { type ZipCaps, openZip } from './zip-reader.ts';

let dir: string;
let cleanup: () => Promise<void>;
let counter = 0;
beforeAll(async () => ({ dir, cleanup } = await tempDir('glossator-zip-')));
afterAll(() => cleanup());

async function file(bytes: Buffer): Promise<string> {
  counter += 1;
  const path = join(dir, `case-${counter}.zip`);
  await writeFile(path, bytes);
  return path;
}

/** What openZip (and then reading every entry) refuses with: the message's key and parameters. */
async function refusal(bytes: Buffer, caps?: Partial<ZipCaps>): Promise<{ key: string; params?: object }> {
  try {
    const zip = await openZip(await file(bytes), caps);
    try {
      for (const { name } of zip.entries()) await zip.read(name);
    } finally {
      await zip.close();
    }
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    const e = error as ApiError;
    expect(e.code).toBe('invalid-input');
    expect(e.text?.key).toMatch(/^bundleFile:/);
    // The English wording is a real sentence, not the key.
    expect(inEnglish(e.text)).not.toContain('bundleFile:');
    return { key: e.text?.key as string, ...(e.text?.params ? { params: e.text.params } : {}) };
  }
  throw new Error('the archive was accepted');
}

const zip = (entries: CraftEntry[], options?: CraftOptions) => craftZip(entries, options);
const ok: CraftEntry = { name: 'manifest.json', data: '{"format":"glossator-bundle"}' };

describe('openZip refuses what is not a zip, each with its own message', () => {
  it('an empty file', async () => {
    expect((await refusal(Buffer.alloc(0))).key).toBe('bundleFile:notZipEmpty');
  });
  it('a PDF', async () => {
    expect((await refusal(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'))).key).toBe('bundleFile:notZipPdf');
  });
  it('a JSON or text file', async () => {
    expect((await refusal(Buffer.from('{"documents": []}\n'))).key).toBe('bundleFile:notZipText');
    expect((await refusal(Buffer.from('Привет, мир\n'.repeat(50)))).key).toBe('bundleFile:notZipText');
  });
  it('a gzip file', async () => {
    expect((await refusal(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]))).key).toBe(
      'bundleFile:notZipArchive',
    );
  });
  it('random binary bytes', async () => {
    expect((await refusal(Buffer.from([0, 1, 2, 3, 250, 251, 252, 0, 0, 9]))).key).toBe('bundleFile:notZip');
  });
  it('a zip cut short (no end record)', async () => {
    const whole = zip([ok]);
    expect((await refusal(whole.subarray(0, whole.length - 30))).key).toBe('bundleFile:truncated');
  });
  it('bytes after the end record', async () => {
    expect((await refusal(Buffer.concat([zip([ok]), Buffer.from('trailing')]))).key).toBe('bundleFile:damaged');
  });
  it('an end record that lies about where the directory is', async () => {
    expect((await refusal(zip([ok], { centralDirectoryOffset: 3 }))).key).toBe('bundleFile:damaged');
  });
  it('an end record that counts fewer entries than the directory holds (hidden entries)', async () => {
    expect((await refusal(zip([ok, { name: 'b.json', data: '1' }], { entryCount: 1 }))).key).toBe('bundleFile:damaged');
  });
  it('an end record that counts more entries than the directory can hold', async () => {
    expect((await refusal(zip([ok], { entryCount: 1000 }))).key).toBe('bundleFile:damaged');
  });
});

describe('openZip refuses counts and sizes over the caps before inflating anything', () => {
  it('more entries than the cap, declared in the end record', async () => {
    const entries = Array.from({ length: 12 }, (_, i) => ({ name: `f${i}.json`, data: '' }));
    expect(await refusal(zip(entries), { maxEntries: 10 })).toEqual({
      key: 'bundleFile:tooManyEntries',
      params: { entries: 12, max: 10 },
    });
  });
  it('100,000 entries against the default cap of 500,000 open; against a cap of 99,999 they are refused', async () => {
    const entries = Array.from({ length: 100_000 }, (_, i) => ({
      name: `documents/d${i}/annotations.c1.json`,
      data: '',
      method: 0,
    }));
    const bytes = zip(entries, { zip64End: true });
    const path = await file(bytes);
    const started = performance.now();
    const archive = await openZip(path);
    const took = performance.now() - started;
    expect(archive.entries()).toHaveLength(100_000);
    expect(archive.has('documents/d99999/annotations.c1.json')).toBe(true);
    await archive.close();
    console.log(`walked a 100,000-entry central directory in ${Math.round(took)} ms`);
    // Seconds, not minutes, even on a loaded machine (about 0.6 s on an idle one).
    expect(took).toBeLessThan(15_000);
    expect((await refusal(bytes, { maxEntries: 99_999 })).key).toBe('bundleFile:tooManyEntries');
  }, 60_000);
  it('a ZIP64 end record claiming 2^40 entries', async () => {
    const refused = await refusal(zip([ok], { zip64End: true, entryCount: 2 ** 40 }));
    expect(refused.key).toBe('bundleFile:tooManyEntries');
  });
  it('a declared size over the per-entry cap', async () => {
    const refused = await refusal(zip([{ name: 'big.json', data: 'x', size: 300 * 1024 * 1024 }]));
    expect(refused).toEqual({ key: 'bundleFile:entryTooLarge', params: { name: 'big.json', size: 300, max: 256 } });
  });
  it('a ZIP64 size beyond the caps (2^50 bytes)', async () => {
    const refused = await refusal(zip([{ name: 'huge.json', data: 'x', size: 2 ** 50, zip64: true }]));
    expect(refused.key).toBe('bundleFile:entryTooLarge');
  });
  it('a total over the archive cap', async () => {
    const entries = [1, 2, 3].map((i) => ({ name: `f${i}.json`, data: 'x'.repeat(600) }));
    expect((await refusal(zip(entries), { maxTotalBytes: 1500 })).key).toBe('bundleFile:archiveTooLarge');
  });
  it('a 1000:1 bomb whose sizes are honest', async () => {
    const { compressed, crc32 } = await deflatedZeros(50 * 1024 * 1024);
    const bomb = { name: 'documents/d1/text.json', compressed, size: 50 * 1024 * 1024, crc32 };
    const refused = await refusal(zip([ok, bomb]));
    expect(refused.key).toBe('bundleFile:bomb');
    expect((refused.params as { ratio: number }).ratio).toBeGreaterThan(900);
  });
  it('a small entry that compresses well is no bomb', async () => {
    const archive = await openZip(await file(zip([{ name: 'zeros.json', data: Buffer.alloc(500_000) }])));
    expect(await archive.read('zeros.json')).toEqual(Buffer.alloc(500_000));
    await archive.close();
  });
});

describe('openZip refuses dangerous and ambiguous names', () => {
  const cases: Array<[string, string | Buffer, string]> = [
    ['../ traversal', '../evil.json', 'nameTraversal'],
    ['traversal in the middle', 'documents/../../evil.json', 'nameTraversal'],
    ['an absolute path', '/etc/passwd', 'nameAbsolute'],
    ['a drive path', 'C:\\Windows\\evil.json', 'nameAbsolute'],
    ['a drive-relative path', 'C:evil.json', 'nameAbsolute'],
    ['a UNC path', '\\\\server\\share\\x', 'nameAbsolute'],
    ['a backslash', 'documents\\evil.json', 'nameBackslash'],
    ['a NUL character', 'evil.json\u0000.txt', 'nameControl'],
    ['a control character', 'evil\u001b[31m.json', 'nameControl'],
    ['a right-to-left override', 'evil\u202enosj.exe', 'nameControl'],
    ['an empty segment', 'documents//x.json', 'nameEmptySegment'],
    ['a dot segment', 'documents/./x.json', 'nameDotSegment'],
    ['an empty name', '', 'nameEmpty'],
    ['an over-long segment', `${'a'.repeat(300)}.json`, 'nameTooLong'],
    ['invalid UTF-8', Buffer.from([0x61, 0xff, 0xfe, 0x2e, 0x6a]), 'nameEncoding'],
  ];
  for (const [what, name, reason] of cases) {
    it(what, async () => {
      const refused = await refusal(zip([ok, { name, data: 'x' }]));
      expect(refused.key).toBe(`bundleFile:${reason}`);
    });
  }
  it('an over-long name as a whole', async () => {
    const name = Array.from({ length: 20 }, () => 'a'.repeat(100)).join('/');
    const refused = await refusal(zip([{ name, data: 'x' }]));
    expect(refused.key).toBe('bundleFile:nameTooLong');
    // The name is shortened in the message, keeping both ends.
    expect((refused.params as { name: string }).name.length).toBeLessThanOrEqual(80);
  });
  it('control characters are spelled out in the message', async () => {
    expect((await refusal(zip([{ name: 'a\u0000b', data: 'x' }]))).params).toEqual({ name: 'a\\u0000b' });
  });
  it('a Unicode path field naming another file than the name', async () => {
    const raw = Buffer.from('safe.json');
    const other = Buffer.from('../evil.json');
    const field = Buffer.alloc(4 + 5 + other.length);
    field.writeUInt16LE(0x7075, 0);
    field.writeUInt16LE(5 + other.length, 2);
    field[4] = 1;
    field.writeUInt32LE((await import('node:zlib')).crc32(raw), 5);
    other.copy(field, 9);
    expect((await refusal(zip([{ name: raw, data: 'x', extra: field }]))).key).toBe('bundleFile:nameAmbiguous');
  });
});

describe('openZip refuses entries of the wrong kind', () => {
  it('a symlink (Unix mode bits in the external attributes)', async () => {
    const link = { name: 'documents/link', data: '/etc/passwd', method: 0, externalAttributes: unixMode(0o120777) };
    expect(await refusal(zip([ok, link]))).toEqual({ key: 'bundleFile:symlink', params: { name: 'documents/link' } });
  });
  it('a device or pipe', async () => {
    const fifo = { name: 'fifo', data: '', externalAttributes: unixMode(0o010644) };
    expect((await refusal(zip([fifo]))).key).toBe('bundleFile:specialFile');
  });
  it('a folder entry with data', async () => {
    const folder = { name: 'documents/', data: 'hidden', externalAttributes: unixMode(0o040755) };
    expect((await refusal(zip([folder]))).key).toBe('bundleFile:folderWithData');
  });
  it('an empty folder entry is fine and not listed as a file', async () => {
    const folder = { name: 'documents/', data: '', method: 0, externalAttributes: unixMode(0o040755) };
    const archive = await openZip(await file(zip([folder, ok])));
    expect(archive.entries().map((e) => e.name)).toEqual(['manifest.json']);
    expect(archive.has('documents/')).toBe(false);
    await archive.close();
  });
  it('a folder by its attributes alone (no trailing slash, as some Windows tools write) is a folder', async () => {
    const folder = { name: 'documents', data: '', method: 0, externalAttributes: 0x10 };
    const archive = await openZip(await file(zip([folder, { name: 'documents/a.json', data: 'a' }])));
    expect(archive.entries().map((e) => e.name)).toEqual(['documents/a.json']);
    expect(archive.has('documents')).toBe(false);
    await archive.close();
  });
  it('an encrypted entry', async () => {
    expect((await refusal(zip([{ ...ok, flags: 0x0801 }]))).key).toBe('bundleFile:encrypted');
    expect((await refusal(zip([{ ...ok, method: 99 }]))).key).toBe('bundleFile:encrypted');
  });
  it('an unsupported compression method, named', async () => {
    expect(await refusal(zip([{ ...ok, method: 12 }]))).toEqual({
      key: 'bundleFile:unsupportedMethod',
      params: { name: 'manifest.json', method: 'bzip2 (12)' },
    });
    expect((await refusal(zip([{ ...ok, method: 77 }]))).params).toEqual({ name: 'manifest.json', method: '77' });
  });
  it('a stored entry whose two sizes differ', async () => {
    expect((await refusal(zip([{ ...ok, method: 0, compressedSize: 3 }]))).key).toBe('bundleFile:storedSizeMismatch');
  });
});

describe('openZip refuses duplicate names, as any disk would see them', () => {
  it('the same name twice', async () => {
    expect(await refusal(zip([ok, { name: 'manifest.json', data: '{}' }]))).toEqual({
      key: 'bundleFile:duplicateName',
      params: { name: 'manifest.json' },
    });
  });
  it('names equal but for case', async () => {
    expect(await refusal(zip([ok, { name: 'Manifest.JSON', data: '{}' }]))).toEqual({
      key: 'bundleFile:duplicateFolded',
      params: { name: 'Manifest.JSON', other: 'manifest.json' },
    });
  });
  it('names equal but for Unicode form (NFC and NFD)', async () => {
    const nfc = 'documents/caf\u00e9.json';
    const nfd = 'documents/cafe\u0301.json';
    expect(
      (
        await refusal(
          zip([
            { name: nfc, data: '1' },
            { name: nfd, data: '2' },
          ]),
        )
      ).key,
    ).toBe('bundleFile:duplicateFolded');
  });
  it('Cyrillic names equal but for case', async () => {
    expect(
      (
        await refusal(
          zip([
            { name: 'Документ.json', data: '1' },
            { name: 'документ.json', data: '2' },
          ]),
        )
      ).key,
    ).toBe('bundleFile:duplicateFolded');
  });
  it('a file that is also a folder', async () => {
    expect(
      (
        await refusal(
          zip([
            { name: 'documents', data: '1' },
            { name: 'documents/a.json', data: '2' },
          ]),
        )
      ).key,
    ).toBe('bundleFile:fileAndFolder');
    const folder = { name: 'a/', data: '', method: 0 };
    expect((await refusal(zip([folder, { name: 'A', data: '1' }]))).key).toBe('bundleFile:fileAndFolder');
  });
});

describe('openZip refuses entries whose bytes lie outside or overlap', () => {
  it('two directory records pointing at the same data (an overlapping bomb)', async () => {
    const bytes = zip([ok, { name: 'b.json', data: 'b' }]);
    // Point the second record at the first entry's local header.
    const second = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(0, second + 42);
    expect((await refusal(bytes)).key).toBe('bundleFile:overlapping');
  });
  it('data claimed past the central directory', async () => {
    expect((await refusal(zip([{ ...ok, compressedSize: 5000 }]))).key).toBe('bundleFile:entryOutOfBounds');
  });
  it('a malformed extra field', async () => {
    const extra = Buffer.from([0x55, 0x54, 0x40, 0x00, 1, 2]);
    expect((await refusal(zip([{ ...ok, extra }]))).key).toBe('bundleFile:entryDamaged');
  });
});

describe('read checks the data while inflating', () => {
  it('an understated size: stops as soon as the output passes it', async () => {
    expect(await refusal(zip([{ name: 'a.json', data: 'x'.repeat(10_000), size: 100 }]))).toEqual({
      key: 'bundleFile:understatedSize',
      params: { name: 'a.json' },
    });
  });
  it('an overstated size', async () => {
    expect((await refusal(zip([{ name: 'a.json', data: 'x'.repeat(100), size: 1000 }]))).key).toBe(
      'bundleFile:sizeMismatch',
    );
  });
  it('the same checks on an entry large enough to be inflated as a stream', async () => {
    const data = randomBytes(3 * 1024 * 1024);
    const name = 'documents/d1/text.json';
    expect((await refusal(zip([{ name, data, size: 2 * 1024 * 1024 }]))).key).toBe('bundleFile:understatedSize');
    expect((await refusal(zip([{ name, data, size: 4 * 1024 * 1024 }]))).key).toBe('bundleFile:sizeMismatch');
    expect((await refusal(zip([{ name, data, crc32: 7 }]))).key).toBe('bundleFile:crcMismatch');
    const garbage = randomBytes(2 * 1024 * 1024);
    expect((await refusal(zip([{ name, data, compressed: garbage }]))).key).toBe('bundleFile:corruptData');
    const archive = await openZip(await file(zip([{ name, data }])));
    expect((await archive.read(name)).equals(data)).toBe(true);
    await archive.close();
  });
  it('a wrong CRC-32 (a corrupted entry)', async () => {
    expect((await refusal(zip([{ ...ok, crc32: 0x12345678 }]))).key).toBe('bundleFile:crcMismatch');
  });
  it('flipped bytes inside stored data', async () => {
    const bytes = zip([{ name: 'a.json', data: 'hello world', method: 0 }]);
    const at = 30 + 'a.json'.length + 2;
    bytes.writeUInt8(bytes.readUInt8(at) ^ 0xff, at);
    expect((await refusal(bytes)).key).toBe('bundleFile:crcMismatch');
  });
  it('deflate data that cannot be inflated', async () => {
    const garbage = Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
    expect((await refusal(zip([{ name: 'a.json', data: 'hello', compressed: garbage }]))).key).toBe(
      'bundleFile:corruptData',
    );
  });
  it('an empty deflated file with no deflate bytes at all reads as empty; with a size it is corrupt', async () => {
    const archive = await openZip(await file(zip([{ name: 'empty.json', compressed: Buffer.alloc(0) }])));
    expect((await archive.read('empty.json')).length).toBe(0);
    await archive.close();
    const claimed = { name: 'a.json', compressed: Buffer.alloc(0), size: 5, crc32: 0 };
    expect((await refusal(zip([claimed]))).key).toBe('bundleFile:corruptData');
  });
  it('a local header naming another file', async () => {
    // Of the same length, so the data still lies where the directory expects it.
    expect((await refusal(zip([{ ...ok, local: { name: 'manifest.josn' } }]))).key).toBe(
      'bundleFile:localHeaderMismatch',
    );
  });
  it('a local header with another method, CRC or size', async () => {
    for (const local of [{ method: 0 }, { crc32: 1 }, { size: 3 }, { compressedSize: 1 }]) {
      expect((await refusal(zip([{ ...ok, local }]))).key).toBe('bundleFile:localHeaderMismatch');
    }
  });
  it('a local header marked encrypted', async () => {
    expect((await refusal(zip([{ ...ok, local: { flags: 0x0801 } }]))).key).toBe('bundleFile:localHeaderMismatch');
  });
  it('a data descriptor lets the local header carry zeros', async () => {
    const described = { ...ok, flags: 0x0808, local: { crc32: 0, size: 0, compressedSize: 0 } };
    const archive = await openZip(await file(zip([described])));
    expect((await archive.read('manifest.json')).toString()).toBe(ok.data);
    await archive.close();
  });
  it('maxBytes: an entry declaring more is refused before it is inflated', async () => {
    const archive = await openZip(await file(zip([{ name: 'a.json', data: randomBytes(2 * 1024 * 1024) }])));
    await expect(archive.read('a.json', 1024 * 1024)).rejects.toMatchObject({
      code: 'invalid-input',
      text: { key: 'bundleFile:entryOverLimit', params: { name: 'a.json', size: 2, max: 1 } },
    });
    expect((await archive.read('a.json', 2 * 1024 * 1024)).length).toBe(2 * 1024 * 1024);
    await archive.close();
  });
  it('many reads at once share the file window (memory stays bounded) and all read right', async () => {
    // About 1.5 MB of data that deflate cannot shrink much: more than one window.
    const entries = Array.from({ length: 1000 }, (_, i) => ({
      name: `d${i}.json`,
      data: randomBytes(1100).toString('base64'),
    }));
    const archive = await openZip(await file(zip(entries)));
    const before = process.memoryUsage().arrayBuffers;
    let peak = 0;
    const read = await Promise.all(
      entries.map(async ({ name }) => {
        const bytes = await archive.read(name);
        peak = Math.max(peak, process.memoryUsage().arrayBuffers - before);
        return bytes.toString();
      }),
    );
    await archive.close();
    expect(read).toEqual(entries.map((e) => e.data));
    // A megabyte per pending read would be a gigabyte here.
    expect(peak).toBeLessThan(64 * 1024 * 1024);
  });
  it('a missing entry', async () => {
    const archive = await openZip(await file(zip([ok])));
    expect(archive.has('nope.json')).toBe(false);
    expect(archive.has('MANIFEST.json')).toBe(false);
    await expect(archive.read('nope.json')).rejects.toMatchObject({ text: { key: 'bundleFile:noSuchEntry' } });
    await archive.close();
  });
  it('a folder or a pipe is not a zip (and opening a pipe does not block)', async () => {
    await expect(openZip(dir)).rejects.toMatchObject({ text: { key: 'bundleFile:notZip' } });
    const { execFile } = await import('node:child_process');
    const fifo = join(dir, 'pipe.zip');
    await (await import('node:util')).promisify(execFile)('mkfifo', [fifo]);
    await expect(openZip(fifo)).rejects.toMatchObject({ text: { key: 'bundleFile:notZip' } });
  });
  it('a cap given as undefined or NaN keeps its default (and does not switch its check off)', async () => {
    const bomb = { name: 'a.json', data: 'x', size: 100 * 1024 * 1024, compressedSize: 1 };
    expect((await refusal(zip([bomb]), { maxRatio: undefined, ratioFloorBytes: Number.NaN })).key).toBe(
      'bundleFile:bomb',
    );
    const huge = { name: 'a.json', data: 'x', size: 300 * 1024 * 1024 };
    expect((await refusal(zip([huge]), { maxEntryBytes: undefined })).key).toBe('bundleFile:entryTooLarge');
  });
  it('a disk error while reading an entry is an io error naming the entry, small or streamed', async () => {
    const big = randomBytes(2 * 1024 * 1024);
    const archive = await openZip(await file(zip([ok, { name: 'big.bin', data: big }])));
    // The disk fails every further read of the file (the handle's own method, so nothing else is touched).
    const handle = (archive as unknown as { file: { read: () => Promise<never> } }).file;
    handle.read = () => Promise.reject(Object.assign(new Error('i/o error'), { code: 'EIO' }));
    for (const name of ['manifest.json', 'big.bin'])
      await expect(archive.read(name)).rejects.toMatchObject({
        code: 'io',
        text: { key: 'bundleFile:unreadable', params: { name, code: 'EIO' } },
      });
    await archive.close();
  });
  it('a split archive (another disk number)', async () => {
    const bytes = zip([ok]);
    bytes.writeUInt16LE(1, bytes.length - 22 + 4);
    expect((await refusal(bytes)).key).toBe('bundleFile:splitArchive');
    const entryOnDisk2 = zip([ok]);
    entryOnDisk2.writeUInt16LE(2, entryOnDisk2.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 34);
    expect((await refusal(entryOnDisk2)).key).toBe('bundleFile:splitArchive');
  });
  it('a file that cannot be opened is an io error with its own message', async () => {
    await expect(openZip(join(dir, 'does-not-exist.zip'))).rejects.toMatchObject({
      code: 'io',
      text: { key: 'bundleFile:unreadableFile', params: { code: 'ENOENT' } },
    });
  });
});

describe('openZip reads what other tools write', () => {
  it('yazl (data descriptors, Unix timestamps, a folder entry)', async () => {
    const { ZipFile } = await import('yazl');
    const zipfile = new ZipFile();
    zipfile.addEmptyDirectory('documents');
    zipfile.addBuffer(Buffer.from('Текст 😀'), 'documents/текст.json');
    zipfile.addReadStream((await import('node:stream')).Readable.from([Buffer.from('streamed')]), 'streamed.json');
    zipfile.addBuffer(Buffer.from('stored'), 'stored.json', { compress: false });
    zipfile.end();
    const chunks: Buffer[] = [];
    for await (const chunk of zipfile.outputStream) chunks.push(chunk as Buffer);
    const archive = await openZip(await file(Buffer.concat(chunks)));
    expect(archive.entries().map((e) => e.name)).toEqual(['documents/текст.json', 'streamed.json', 'stored.json']);
    expect((await archive.read('documents/текст.json')).toString()).toBe('Текст 😀');
    expect((await archive.read('streamed.json')).toString()).toBe('streamed');
    expect((await archive.read('stored.json')).toString()).toBe('stored');
    await archive.close();
  });

  it('Info-ZIP zip (when installed)', async (context) => {
    const { execFile } = await import('node:child_process');
    const run = (await import('node:util')).promisify(execFile);
    const source = join(dir, 'zip-source');
    await (await import('node:fs/promises')).mkdir(join(source, 'documents'), { recursive: true });
    await writeFile(join(source, 'documents', 'a.json'), '{"a": "б"}\n'.repeat(1000));
    await writeFile(join(source, 'manifest.json'), '{}');
    try {
      await run('zip', ['-qr', join(dir, 'info-zip.zip'), '.'], { cwd: source });
    } catch {
      console.log('skipped: Info-ZIP zip is not installed');
      context.skip();
    }
    const archive = await openZip(join(dir, 'info-zip.zip'));
    expect(
      archive
        .entries()
        .map((e) => e.name)
        .sort(),
    ).toEqual(['documents/a.json', 'manifest.json']);
    expect((await archive.read('documents/a.json')).toString()).toBe('{"a": "б"}\n'.repeat(1000));
    await archive.close();
  });
});
