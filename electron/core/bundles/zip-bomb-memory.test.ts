import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInflateRaw } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp-dir.ts';
import { craftZip, deflatedZeros } from './testing/craft-zip.ts';
import { openZip } from './zip-reader.ts';

const MB = 1024 * 1024;

let dir: string;
let cleanup: () => Promise<void>;
/** 1 GB of zeros, deflated to about 1 MB: made once, it takes a few seconds. */
let bomb: { compressed: Buffer; crc32: number };
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('glossator-zip-bomb-'));
  bomb = await deflatedZeros(1024 * MB);
}, 60_000);
afterAll(() => cleanup());

/** The most the process's memory (resident, and outside the JS heap) grows above its level at the start while `work` runs. */
async function peakGrowth(
  work: () => Promise<unknown>,
): Promise<{ rss: number; arrayBuffers: number; result: unknown }> {
  const start = process.memoryUsage();
  let rss = 0;
  let arrayBuffers = 0;
  const sample = () => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss - start.rss);
    arrayBuffers = Math.max(arrayBuffers, now.arrayBuffers - start.arrayBuffers);
  };
  const timer = setInterval(sample, 2);
  try {
    const result = await work().catch((error: unknown) => error);
    sample();
    return { rss, arrayBuffers, result };
  } finally {
    clearInterval(timer);
  }
}

describe('refusing a compression bomb keeps memory bounded', () => {
  it('(the measure sees inflation: keeping 64 MB of the bomb inflated grows arrayBuffers by that much)', async () => {
    const { arrayBuffers } = await peakGrowth(async () => {
      const kept: Buffer[] = [];
      let total = 0;
      const inflate = createInflateRaw();
      inflate.end(bomb.compressed);
      for await (const chunk of inflate) {
        kept.push(chunk as Buffer);
        total += (chunk as Buffer).length;
        if (total >= 64 * MB) break;
      }
      return kept;
    });
    expect(arrayBuffers).toBeGreaterThan(60 * MB);
  });

  it('1 GB of zeros in 1 MB, declared as 1,000 bytes: read stops right after the declared size', async () => {
    const { compressed, crc32 } = bomb;
    expect(compressed.length).toBeLessThan(1.1 * MB);
    const path = join(dir, 'understated.zip');
    await writeFile(path, craftZip([{ name: 'documents/d1/text.json', compressed, size: 1000, crc32 }]));
    const archive = await openZip(path);
    const { rss, arrayBuffers, result } = await peakGrowth(() => archive.read('documents/d1/text.json'));
    await archive.close();
    expect(result).toMatchObject({ text: { key: 'bundleFile:understatedSize' } });
    console.log(
      `understated bomb: peak growth rss ${(rss / MB).toFixed(1)} MB, arrayBuffers ${(arrayBuffers / MB).toFixed(1)} MB`,
    );
    expect(rss).toBeLessThan(48 * MB);
    expect(arrayBuffers).toBeLessThan(8 * MB);
  });

  it('the same bomb declared as 2 MB (inflated as a stream): stops one piece past the declared size', async () => {
    const { compressed, crc32 } = bomb;
    const path = join(dir, 'understated-streamed.zip');
    await writeFile(path, craftZip([{ name: 'documents/d1/text.json', compressed, size: 2 * MB, crc32 }]));
    const archive = await openZip(path);
    const { rss, arrayBuffers, result } = await peakGrowth(() => archive.read('documents/d1/text.json'));
    await archive.close();
    expect(result).toMatchObject({ text: { key: 'bundleFile:understatedSize' } });
    console.log(
      `streamed bomb: peak growth rss ${(rss / MB).toFixed(1)} MB, arrayBuffers ${(arrayBuffers / MB).toFixed(1)} MB`,
    );
    expect(rss).toBeLessThan(48 * MB);
    expect(arrayBuffers).toBeLessThan(8 * MB);
  });

  it('the same bomb with its honest size is refused by its ratio before a byte is inflated', async () => {
    const { compressed, crc32 } = bomb;
    const path = join(dir, 'honest.zip');
    await writeFile(path, craftZip([{ name: 'documents/d1/text.json', compressed, size: 1024 * MB, crc32 }]));
    // Over the per-entry cap as well: lift it to see the ratio refuse.
    const { rss, arrayBuffers, result } = await peakGrowth(() => openZip(path, { maxEntryBytes: 2048 * MB }));
    expect(result).toMatchObject({ text: { key: 'bundleFile:bomb' } });
    console.log(
      `honest bomb: peak growth rss ${(rss / MB).toFixed(1)} MB, arrayBuffers ${(arrayBuffers / MB).toFixed(1)} MB`,
    );
    expect(rss).toBeLessThan(32 * MB);
    expect(arrayBuffers).toBeLessThan(4 * MB);
  });
});
