import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { inEnglish } from '../../../shared/i18n/in-english.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { readBundle } from './read-bundle.ts';
import { sampleFiles, zipBundle } from './testing/bundle-builder.ts';
import { hostileBundles } from './testing/hostile-bundles.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterAll(() => cleanup());

async function read(bytes: Buffer, name: string) {
  const path = join(dir, `${name.replace(/[^a-z0-9]+/gi, '-')}.glossator`);
  await writeFile(path, bytes);
  return readBundle(path);
}

describe('the hostile-bundle corpus', () => {
  it('starts from a sample that reads', async () => {
    const bundle = await read(zipBundle(sampleFiles()), 'valid sample');
    expect(bundle.documentInfos.map((d) => d.id)).toEqual(['d1']);
    expect((await bundle.annotations('d1')).map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(bundle.links.map((l) => l.id)).toEqual(['l1']);
    await bundle.close();
  });

  for (const hostile of hostileBundles) {
    it(`refuses ${hostile.name} (${hostile.key})`, async () => {
      const error = await read(await hostile.build(), hostile.name).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe('invalid-input');
      expect((error as ApiError).text?.key).toBe(hostile.key);
      // Worded in the catalog: no key left unworded, no parameter left open.
      expect(inEnglish((error as ApiError).text)).not.toMatch(/\{\{|bundles:/);
      expect(Object.prototype).not.toHaveProperty('polluted');
    });
  }

  it('says how many entries are not listed', async () => {
    const hundredThousand = hostileBundles.find((h) => h.name.startsWith('100,000'));
    const error = (await read(await (hundredThousand?.build() as Buffer), 'count').catch((e) => e)) as ApiError;
    expect(error.text?.params?.count).toBe(100_000);
    expect(inEnglish(error.text)).toMatch(/100,?000 files/);
  });
});
