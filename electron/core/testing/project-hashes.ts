import { createHash } from 'node:crypto';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The SHA-256 of every file of a project, by path: equal before and after,
 * the project's files are byte-identical. Left out: the lock, and the
 * app's own hidden folders at the top (.tmp, .backups, .history, caches),
 * which a step or a background backup writes beside the data.
 */
export async function projectHashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  await walk(dir, '', out);
  return out;
}

async function walk(dir: string, prefix: string, out: Record<string, string>): Promise<void> {
  for (const name of (await readdir(join(dir, prefix))).sort()) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (!prefix && isNotData(name)) continue;
    const info = await lstat(join(dir, rel));
    if (info.isDirectory()) await walk(dir, rel, out);
    else
      out[rel] = createHash('sha256')
        .update(await readFile(join(dir, rel)))
        .digest('hex');
  }
}

function isNotData(name: string): boolean {
  return name === 'glossator.lock' || name.startsWith('.');
}
