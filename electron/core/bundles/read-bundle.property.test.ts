import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/ipc/errors.ts';
import type { BundleContents } from '../../../shared/formats/bundle/bundle-contents.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { readBundle } from './read-bundle.ts';
import { type BundleFiles, sampleFiles, zipBundle } from './testing/bundle-builder.ts';

/**
 * Whatever the bytes, readBundle answers with a checked bundle or its own
 * refusal (ApiError) — never another exception, never a changed
 * Object.prototype — and a bundle it accepts keeps its promises: every
 * annotation inside its text and quoting it, every link between annotations
 * it holds. BUNDLE_PROPERTY_RUNS=3000 runs the JSON property longer (about
 * 15% of its changes are harmless and read; the rest are refused).
 */
let dir: string;
let cleanup: () => Promise<void>;
let valid: Buffer;
let n = 0;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  valid = zipBundle(sampleFiles());
});
afterAll(() => cleanup());

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join();

async function outcome(bytes: Buffer): Promise<'read' | 'refused'> {
  const path = join(dir, `case-${n++}.glossator`);
  await writeFile(path, bytes);
  let bundle: BundleContents;
  try {
    bundle = await readBundle(path);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    expect(error.text?.key).toMatch(/^(bundles|bundleFile):/);
    return 'refused';
  }
  try {
    const annotationIds = new Set<string>();
    for (const info of bundle.documentInfos) {
      const { text } = await bundle.document(info.id);
      expect(text.length).toBe(info.textLength);
      for (const a of await bundle.annotations(info.id)) {
        annotationIds.add(a.id);
        expect(a.end).toBeLessThanOrEqual(text.length);
        if (!a.orphaned) expect(text.slice(a.start, a.end)).toBe(a.quote.exact);
      }
    }
    for (const l of bundle.links) expect(annotationIds.has(l.fromId) && annotationIds.has(l.toId)).toBe(true);
  } finally {
    await bundle.close();
  }
  return 'read';
}

const before = prototypeKeys();
const unchanged = () => {
  expect(prototypeKeys()).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
};

describe('readBundle on any input', () => {
  it('refuses random bytes with its own error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        await outcome(Buffer.from(bytes));
        unchanged();
      }),
      { numRuns: 150 },
    );
  });

  it('reads or refuses a valid bundle with bytes flipped, cut or inserted', async () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        let bytes = Buffer.from(valid);
        for (const e of edits) {
          const at = e.at % Math.max(1, bytes.length);
          if (e.kind === 'flip') bytes[at] = e.value;
          else if (e.kind === 'cut') bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + e.length)]);
          else bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(e.bytes), bytes.subarray(at)]);
        }
        await outcome(bytes);
        unchanged();
      }),
      { numRuns: 200 },
    );
  });

  it('reads or refuses a bundle whose JSON is changed, with a manifest that lists it as it is', async () => {
    const files = sampleFiles();
    const jsonPaths = [...files.keys()].filter((p) => p.endsWith('.json'));
    // Values a hostile or careless writer might put anywhere, prototype keys among them.
    const hostileValue = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom('d1', 'a1', 'a2', 'actor-1', 'claim', 'c1', 'l1', -1, 1e9, 31, 0, null, '__proto__'),
      fc.dictionary(
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'polluted'),
        fc.jsonValue({ maxDepth: 1 }),
      ),
    );
    const seen = { read: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...jsonPaths),
        fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.nat({ max: 3 })), { minLength: 1, maxLength: 4 }),
        hostileValue,
        async (path, where, value) => {
          const changed: BundleFiles = new Map(files);
          changed.set(path, setAt(JSON.parse(String(files.get(path))), where, value));
          seen[await outcome(zipBundle(changed))]++;
          unchanged();
        },
      ),
      { numRuns: Number(process.env.BUNDLE_PROPERTY_RUNS ?? 150) },
    );
    // Not vacuous: some changes are harmless (a name, a note) and read, most are refused.
    expect(seen.read).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });
});

/**
 * The JSON of `root` with `value` put at the path (keys of existing objects
 * and indexes of arrays, followed as far as they go), written with its keys
 * as given: a "__proto__" key is written as text, as a hostile file would.
 */
function setAt(root: unknown, where: ReadonlyArray<string | number>, value: unknown): string {
  const text = JSON.stringify(value) ?? 'null';
  const marker = '"\u0000MARK\u0000"';
  let node = root as Record<string, unknown>;
  const steps = [...where];
  let key: string | number = steps.pop() as string | number;
  for (const step of steps) {
    const keys = node && typeof node === 'object' ? Object.keys(node) : [];
    const name = typeof step === 'number' ? keys[step % Math.max(1, keys.length)] : step;
    // Own keys only: a step named __proto__ must not walk into Object.prototype (the test would pollute it itself).
    const next = name !== undefined && Object.hasOwn(node, name) ? node[name] : undefined;
    if (!next || typeof next !== 'object') break;
    node = next as Record<string, unknown>;
  }
  if (!node || typeof node !== 'object') return text;
  if (typeof key === 'number') key = Object.keys(node)[key % Math.max(1, Object.keys(node).length)] ?? 'x';
  Object.defineProperty(node, key, { value: '\u0000MARK\u0000', enumerable: true, configurable: true, writable: true });
  return JSON.stringify(root, null, 2).replace(marker, text);
}
