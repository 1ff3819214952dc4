import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * isomorphic-git writes a fetched pack and then its index in place (no temporary file and rename): a sync killed
 * while the index is written leaves it empty or cut short, and from then on every read of an object throws
 * ("Cannot read properties of undefined"), so no sync could ever complete again (found by the SIGKILL trial,
 * sync-kill.test.ts). Before a sync, an index that does not end with the checksum of its own bytes is removed with
 * its pack, and so is a pack left without an index (killed before the index was begun); the commits they held are
 * then simply fetched again. Returns the packs removed.
 */
export async function dropBrokenPacks(dir: string): Promise<string[]> {
  const folder = join(dir, '.git', 'objects', 'pack');
  const names = await readdir(folder).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const match = /^(pack-[0-9a-f]+)\.pack$/.exec(name);
    if (!match) continue;
    const idx = join(folder, `${match[1]}.idx`);
    const whole = names.includes(`${match[1]}.idx`) && packIndexWhole(await readFile(idx));
    if (whole) continue;
    await rm(idx, { force: true });
    await rm(join(folder, name), { force: true });
    removed.push(match[1] as string);
  }
  return removed;
}

/** A version-2 pack index: its magic, its fan-out, the pack's checksum, then the SHA-1 of everything before it. */
function packIndexWhole(bytes: Buffer): boolean {
  const header = 8 + 256 * 4;
  if (bytes.length < header + 40 || bytes.readUInt32BE(0) !== 0xff744f63 || bytes.readUInt32BE(4) !== 2) return false;
  const sum = createHash('sha1')
    .update(bytes.subarray(0, bytes.length - 20))
    .digest();
  return sum.equals(bytes.subarray(bytes.length - 20));
}
