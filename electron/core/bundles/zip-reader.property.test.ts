import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { craftZip, unixMode } from './testing/craft-zip.ts';
import { openZip } from './zip-reader.ts';
import { writeZip } from './zip-writer.ts';

/*
 * S6: for any bytes, openZip and reading every entry either succeed or
 * throw our own refusal (an ApiError with a bundleFile: message) — never
 * another error, never a hang — and Object.prototype is untouched.
 * ZIP_FUZZ_RUNS sets the runs per property (default 300), ZIP_FUZZ_SEED a
 * fixed seed (fast-check prints the seed of a failure).
 */

const numRuns = Number(process.env.ZIP_FUZZ_RUNS ?? 300);
const seed = process.env.ZIP_FUZZ_SEED ? Number(process.env.ZIP_FUZZ_SEED) : undefined;

let dir: string;
let cleanup: () => Promise<void>;
/** Valid archives to mutate: one from our writer (data descriptors), one by hand (stored entries, a folder, ZIP64 fields). */
const bases: Buffer[] = [];
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('glossator-zip-fuzz-'));
  const path = join(dir, 'base.zip');
  await writeZip(path, [
    { name: 'manifest.json', data: '{"format":"glossator-bundle","__proto__":{"polluted":true}}' },
    { name: 'documents/д1/text.json', data: 'Текст 😀 '.repeat(50) },
    { name: 'documents/д1/annotations.c1.json', data: '[]' },
    { name: 'empty.json', data: '' },
  ]);
  bases.push(Buffer.from(await import('node:fs/promises').then((fs) => fs.readFile(path))));
  bases.push(
    craftZip([
      { name: 'documents/', data: '', method: 0, externalAttributes: unixMode(0o040755) },
      { name: 'documents/a.json', data: '{"a":1}', method: 0 },
      { name: 'documents/b.json', data: 'b'.repeat(300), zip64: true },
      { name: 'c.json', data: 'ccc', flags: 0x0808, local: { crc32: 0, size: 0, compressedSize: 0 } },
    ]),
  );
});
afterAll(() => cleanup());

let runs = 0;
/** What happens to these bytes: 'read' (every entry read back) or the refusal's key; anything else fails the property. */
async function outcome(bytes: Uint8Array): Promise<string> {
  runs += 1;
  const path = join(dir, 'case.zip');
  await writeFile(path, bytes);
  try {
    const archive = await openZip(path);
    try {
      for (const { name } of archive.entries()) await archive.read(name);
    } finally {
      await archive.close();
    }
    return 'read';
  } catch (error) {
    if (!(error instanceof ApiError) || !error.text?.key.startsWith('bundleFile:')) throw error;
    return error.text.key;
  } finally {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }
}

/** Positions of every header field of a valid archive: where a changed number does the most. */
function fieldPositions(zip: Buffer): number[] {
  const out: number[] = [];
  const layouts: Array<[number, number]> = [
    [0x04034b50, 30],
    [0x02014b50, 46],
    [0x06054b50, 22],
    [0x06064b50, 56],
    [0x07064b50, 20],
  ];
  for (let i = 0; i + 4 <= zip.length; i += 1) {
    const found = layouts.find(([signature]) => zip.readUInt32LE(i) === signature);
    if (found) for (let at = 4; at < found[1]; at += 2) out.push(i + at);
  }
  return out;
}

const interesting = fc.constantFrom(0, 1, 2, 8, 30, 46, 0x7f, 0xff, 0xffff, 0x7fffffff, 0xfffffffe, 0xffffffff);

type Mutation =
  | { kind: 'bytes'; at: number; values: Uint8Array }
  | { kind: 'field'; at: number; value: number; wide: boolean }
  | { kind: 'cut'; at: number }
  | { kind: 'insert'; at: number; values: Uint8Array }
  | { kind: 'copy'; from: number; length: number; to: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('bytes' as const),
    at: fc.nat(),
    values: fc.uint8Array({ minLength: 1, maxLength: 8 }),
  }),
  fc.record({ kind: fc.constant('field' as const), at: fc.nat(), value: interesting, wide: fc.boolean() }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), values: fc.uint8Array({ maxLength: 16 }) }),
  fc.record({ kind: fc.constant('copy' as const), from: fc.nat(), length: fc.nat(300), to: fc.nat() }),
);

function mutate(base: Buffer, mutations: Mutation[]): Buffer {
  let bytes = Buffer.from(base);
  for (const m of mutations) {
    if (bytes.length === 0) break;
    const at = (n: number) => n % bytes.length;
    if (m.kind === 'bytes') for (const [i, v] of m.values.entries()) bytes[at(m.at + i)] = v;
    else if (m.kind === 'field') {
      const fields = fieldPositions(bytes);
      if (fields.length === 0) continue;
      const position = fields[m.at % fields.length] as number;
      if (m.wide && position + 4 <= bytes.length) bytes.writeUInt32LE(m.value >>> 0, position);
      else if (position + 2 <= bytes.length) bytes.writeUInt16LE(m.value & 0xffff, position);
    } else if (m.kind === 'cut') bytes = bytes.subarray(0, at(m.at));
    else if (m.kind === 'insert')
      bytes = Buffer.concat([bytes.subarray(0, at(m.at)), m.values, bytes.subarray(at(m.at))]);
    else {
      const piece = Buffer.from(bytes.subarray(at(m.from), at(m.from) + m.length));
      bytes = Buffer.concat([bytes.subarray(0, at(m.to)), piece, bytes.subarray(at(m.to))]);
    }
  }
  return bytes;
}

describe('openZip + read on hostile bytes: a result or a bundleFile refusal, nothing else (S6)', () => {
  it('random bytes, bare or around a zip end record', async () => {
    const endRecord = fc
      .tuple(fc.uint8Array({ maxLength: 2048 }), fc.uint8Array({ minLength: 16, maxLength: 16 }))
      .map(([before, fields]) => {
        const end = Buffer.alloc(22);
        end.writeUInt32LE(0x06054b50, 0);
        Buffer.from(fields).copy(end, 4);
        end.writeUInt16LE(0, 20);
        return Buffer.concat([before, end]);
      });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 4096 }), endRecord), async (bytes) => {
        expect(await outcome(bytes)).toMatch(/^(read|bundleFile:\w+)$/);
      }),
      { numRuns, seed },
    );
  });

  it('random mutations of valid archives', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.nat(bases.length - 1),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async (which, mutations) => {
          const result = await outcome(mutate(bases[which] as Buffer, mutations));
          expect(result).toMatch(/^(read|bundleFile:\w+)$/);
          seen.add(result);
        },
      ),
      { numRuns, seed },
    );
    // The mutations reach deep: many different refusals, not one early check.
    console.log(`mutated archives ended in: ${[...seen].sort().join(', ')}`);
    expect(seen.size).toBeGreaterThan(8);
  });

  it('the bases themselves read back whole (the mutations start from valid archives)', async () => {
    for (const base of bases) expect(await outcome(base)).toBe('read');
  });

  it('nothing but the test’s own input file was written in its folder', async () => {
    expect(runs).toBeGreaterThan(numRuns);
    expect((await readdir(dir)).sort()).toEqual(['base.zip', 'case.zip']);
  });
});
