import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { faultFs } from '../testing/fault-fs.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { DurableJsonAdapter } from './durable-json-adapter.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

describe('DurableJsonAdapter', () => {
  it('reads null for a missing file and throws on invalid JSON', async () => {
    const adapter = new DurableJsonAdapter(join(dir, 'x.json'));
    expect(await adapter.read()).toBeNull();
    await writeFile(join(dir, 'x.json'), '{"a": [1, 2');
    await expect(adapter.read()).rejects.toThrow(SyntaxError);
    await writeFile(join(dir, 'x.json'), ' \n');
    expect(await adapter.readRaw()).toMatchObject({ exists: true, blank: true });
  });

  it('tells a file holding null apart from a missing one', async () => {
    await writeFile(join(dir, 'x.json'), 'null');
    expect(await new DurableJsonAdapter(join(dir, 'x.json')).readRaw()).toEqual({
      exists: true,
      blank: false,
      value: null,
    });
  });

  it('resolves each of many rapid saves only once a write holding it is on disk, folding waiting ones', async () => {
    const { fs, calls } = faultFs();
    const file = join(dir, 'x.json');
    const adapter = new DurableJsonAdapter<{ n: number }>(file, fs);
    const data = { n: 0 };
    const saves: Promise<void>[] = [];
    for (let i = 1; i <= 50; i++) {
      data.n = i;
      saves.push(
        adapter.write(data).then(async () => {
          const onDisk = JSON.parse(await readFile(file, 'utf8')) as { n: number };
          expect(onDisk.n).toBeGreaterThanOrEqual(i);
        }),
      );
    }
    await Promise.all(saves);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ n: 50 });
    // Folding: far fewer writes than saves.
    expect(calls.filter((c) => c.startsWith('rename')).length).toBeLessThan(10);
  });

  it('rejects the saves of a failed write and lets a later save succeed', async () => {
    const file = join(dir, 'x.json');
    const { fs } = faultFs(1, 'ENOSPC');
    const adapter = new DurableJsonAdapter<{ n: number }>(file, fs);
    await expect(adapter.write({ n: 1 })).rejects.toMatchObject({ code: 'ENOSPC' });
    await adapter.write({ n: 2 });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ n: 2 });
  });
});
