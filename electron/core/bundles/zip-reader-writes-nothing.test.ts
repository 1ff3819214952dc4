import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp-dir.ts';
import { craftZip, unixMode } from './testing/craft-zip.ts';

const run = promisify(execFile);

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('glossator-zip-trace-')));
afterAll(() => cleanup());

/** System calls that create, change or remove a file or folder. */
const writing =
  /O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|\b(creat|rename\w*|unlink\w*|mkdir\w*|truncate|ftruncate|symlink\w*|link\w*)\(/;

describe('the reader never writes', () => {
  it('reading good and hostile zips makes no system call that writes a file (strace)', async (context) => {
    try {
      await run('strace', ['-o', '/dev/null', 'true']);
    } catch {
      console.log('skipped: strace is not installed or may not trace here');
      context.skip();
    }
    const archives: Record<string, Buffer> = {
      good: craftZip([
        { name: 'manifest.json', data: '{}' },
        { name: 'documents/d1/text.json', data: 'Текст 😀'.repeat(1000) },
      ]),
      traversal: craftZip([{ name: '../../evil.json', data: 'x' }]),
      symlink: craftZip([{ name: 'link', data: '/etc/passwd', method: 0, externalAttributes: unixMode(0o120777) }]),
      understated: craftZip([{ name: 'a.json', data: Buffer.alloc(1_000_000), size: 10 }]),
      corrupted: craftZip([{ name: 'a.json', data: 'hello', crc32: 1 }]),
    };
    const paths = [];
    for (const [name, bytes] of Object.entries(archives)) {
      const path = join(dir, `${name}.zip`);
      await writeFile(path, bytes);
      paths.push(path);
    }
    const trace = join(dir, 'trace.txt');
    const child = new URL('./testing/read-zip-child.ts', import.meta.url).pathname;
    const calls =
      'open,openat,creat,rename,renameat,renameat2,unlink,unlinkat,mkdir,mkdirat,truncate,ftruncate,symlink,symlinkat,link,linkat';
    const { stdout } = await run('strace', [
      '-f',
      '-qq',
      '-o',
      trace,
      '-e',
      `trace=${calls}`,
      process.execPath,
      '--import',
      'tsx',
      child,
      ...paths,
    ]);
    expect(stdout.trim().split('\n')).toEqual([
      `${paths[0]}: read`,
      `${paths[1]}: bundleFile:nameTraversal`,
      `${paths[2]}: bundleFile:symlink`,
      `${paths[3]}: bundleFile:understatedSize`,
      `${paths[4]}: bundleFile:crcMismatch`,
    ]);
    const lines = (await readFile(trace, 'utf8')).split('\n');
    const start = lines.findIndex((l) => l.includes('/.glossator-trace-start'));
    const end = lines.findIndex((l) => l.includes('/.glossator-trace-end'));
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const during = lines.slice(start + 1, end);
    // The archives were opened (the trace sees the reading) …
    expect(during.filter((l) => l.includes(dir) && l.includes('O_RDONLY'))).toHaveLength(paths.length);
    // … and nothing was opened for writing, created, renamed or removed.
    expect(during.filter((l) => writing.test(l))).toEqual([]);
  });
});
