import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { faultFs } from '../testing/fault-fs.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { isTempFileName, writeFileDurable } from './durable-write.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

describe('writeFileDurable', () => {
  it('writes the file, fsyncs the temp file, renames it, then fsyncs the folder', async () => {
    const file = join(dir, 'a.json');
    const { fs, calls } = faultFs();
    await writeFileDurable(file, '{"x":1}', fs);
    expect(await readFile(file, 'utf8')).toBe('{"x":1}');
    const steps = calls.map((c) => c.replaceAll(dir, '<dir>').replace(/\.a\.json\.[0-9a-f]{12}\.tmp/g, '<temp>'));
    expect(steps).toEqual([
      'open wx <dir>/<temp>',
      'write <dir>/<temp>',
      'sync <dir>/<temp>',
      'rename <dir>/<temp> -> <dir>/a.json',
      'open r <dir>',
      'sync <dir>',
    ]);
  });

  it('uses a unique temp name for every write', async () => {
    const file = join(dir, 'a.json');
    const { fs, calls } = faultFs();
    await Promise.all([writeFileDurable(file, '1', fs), writeFileDurable(file, '2', fs)]);
    const temps = new Set(calls.filter((c) => c.startsWith('open wx')));
    expect(temps.size).toBe(2);
  });

  it.each([
    [1, 'ENOSPC'],
    [2, 'ENOSPC'],
    [3, 'EIO'],
    [4, 'EACCES'],
  ])('when call %i fails with %s, the old file is byte-identical and no temp file is left', async (n, code) => {
    const file = join(dir, 'a.json');
    await writeFile(file, 'old content');
    const { fs } = faultFs(n, code);
    await expect(writeFileDurable(file, 'new content', fs)).rejects.toMatchObject({ code });
    expect(await readFile(file, 'utf8')).toBe('old content');
    expect((await readdir(dir)).filter(isTempFileName)).toEqual([]);
    // A later write succeeds.
    await writeFileDurable(file, 'new content');
    expect(await readFile(file, 'utf8')).toBe('new content');
  });
});
