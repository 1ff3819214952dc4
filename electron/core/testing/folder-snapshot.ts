import { createHash } from 'node:crypto';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file and folder below `dir` with a hash of its bytes: equal snapshots, byte-identical trees. */
export async function folderSnapshot(dir: string, prefix = ''): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(join(dir, prefix))).sort()) {
    const rel = prefix ? `${prefix}/${name}` : name;
    const info = await lstat(join(dir, rel));
    if (info.isDirectory()) {
      out[`${rel}/`] = 'folder';
      Object.assign(out, await folderSnapshot(dir, rel));
    } else {
      out[rel] = createHash('sha256')
        .update(await readFile(join(dir, rel)))
        .digest('hex');
    }
  }
  return out;
}
