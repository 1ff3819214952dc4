import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

/**
 * isomorphic-git writes its files in place — loose objects, the index — with no temporary file and rename, and
 * never writes an object again once a file of its name exists. A sync killed mid-write therefore leaves an empty
 * or cut-short object that the next commit of the same content would point at (and the push then fail on, for
 * ever), or an index that every later commit's update of it throws on. So a sync leaves this marker in .git while
 * it runs; found at the start of the next one, the previous was killed, and what it may have written is checked:
 * objects newer than the marker that do not inflate to their own id are removed (nothing refers to them yet: a
 * commit's objects are written before the commit, the commit before the ref), and an index that does not hold
 * its own checksum is removed (nothing of ours reads it; the next commit starts it again).
 */
export const RUNNING_FILE = join('.git', 'glossator-sync-running');

/** Repairs what a killed sync left, then marks this one as running. Returns what it removed (relative to .git). */
export async function syncStarting(dir: string): Promise<string[]> {
  const marker = join(dir, RUNNING_FILE);
  const since = await stat(marker).then(
    (s) => s.mtimeMs,
    () => null,
  );
  const removed = since === null ? [] : await repair(dir, since);
  await writeFile(marker, `${new Date().toISOString()}\n`);
  return removed;
}

/** The sync ended (done or failed, not killed). */
export async function syncEnded(dir: string): Promise<void> {
  await rm(join(dir, RUNNING_FILE), { force: true });
}

async function repair(dir: string, since: number): Promise<string[]> {
  const git = join(dir, '.git');
  const removed: string[] = [];
  // Two seconds of slack: file systems that keep modification times to the second.
  const after = since - 2000;
  for (const folder of await readdir(join(git, 'objects')).catch(() => [] as string[])) {
    if (!/^[0-9a-f]{2}$/.test(folder)) continue;
    for (const name of await readdir(join(git, 'objects', folder))) {
      const file = join(git, 'objects', folder, name);
      if ((await stat(file)).mtimeMs < after) continue;
      if (looseObjectWhole(folder + name, await readFile(file))) continue;
      await rm(file, { force: true });
      removed.push(`objects/${folder}/${name}`);
    }
  }
  const index = join(git, 'index');
  const bytes = await readFile(index).catch(() => null);
  if (bytes && !indexWhole(bytes)) {
    await rm(index, { force: true });
    removed.push('index');
  }
  return removed;
}

/** A loose object: zlib data that inflates to `<type> <size>\0<content>` whose SHA-1 is its name. */
function looseObjectWhole(oid: string, bytes: Buffer): boolean {
  try {
    const object = inflateSync(bytes);
    const nul = object.indexOf(0);
    const header = /^(blob|tree|commit|tag) (\d+)$/.exec(object.subarray(0, nul).toString('latin1'));
    if (nul < 0 || !header || Number(header[2]) !== object.length - nul - 1) return false;
    return createHash('sha1').update(object).digest('hex') === oid;
  } catch {
    return false;
  }
}

/** The index: `DIRC`, then entries, then the SHA-1 of all before it. */
function indexWhole(bytes: Buffer): boolean {
  if (bytes.length < 32 || bytes.toString('latin1', 0, 4) !== 'DIRC') return false;
  const sum = createHash('sha1')
    .update(bytes.subarray(0, bytes.length - 20))
    .digest();
  return sum.equals(bytes.subarray(bytes.length - 20));
}
