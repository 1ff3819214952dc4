import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file-system calls a durable write makes; tests replace them to inject faults. */
export interface WriteFs {
  open: typeof open;
  rename: typeof rename;
  unlink: typeof unlink;
}

export const nodeFs: WriteFs = { open, rename, unlink };

/** Temp files are named `.<target>.<random>.tmp`, so they are told apart from everything else. */
export function isTempFileName(name: string): boolean {
  return /^\..+\.[0-9a-f]{12}\.tmp$/.test(name);
}

/** A fresh temp file name for `file`, in `tempDir` (default: beside it, so on the same disk). */
export function tempFileFor(file: string, tempDir = dirname(file)): string {
  return join(tempDir, `.${basename(file)}.${randomSuffix()}.tmp`);
}

/** Random bytes drawn a thousand names at a time: a change of 30,000 files asked the system 30,000 times. */
let pool = Buffer.alloc(0);
let taken = 0;
function randomSuffix(): string {
  if (taken + 6 > pool.length) {
    pool = randomBytes(6 * 1024);
    taken = 0;
  }
  taken += 6;
  return pool.toString('hex', taken - 6, taken);
}

/**
 * Replaces `file` with `data` so that after a crash or power cut the file
 * holds either the old or the new content, never a mix:
 * write a uniquely named temp file → fsync it → rename it over the target →
 * fsync the folder (so the rename itself is on disk). On failure the temp
 * file is removed and the target is untouched. `tempDir` must be on the
 * same disk as `file`; a project keeps its temp files in one folder so that
 * those a crash leaves behind are found and removed at the next open.
 */
export async function writeFileDurable(
  file: string,
  data: string,
  fs: WriteFs = nodeFs,
  tempDir?: string,
): Promise<void> {
  const temp = tempFileFor(file, tempDir);
  let renamed = false;
  try {
    await writeTempFile(temp, data, fs);
    await fs.rename(temp, file);
    renamed = true;
    await syncDirectory(dirname(file), fs);
  } catch (error) {
    if (!renamed) await fs.unlink(temp).catch(() => {});
    throw error;
  }
}

/** Writes a new file (it must not exist) and flushes it to disk. */
export async function writeTempFile(temp: string, data: string | Buffer, fs: WriteFs = nodeFs): Promise<void> {
  const handle = await fs.open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(data, typeof data === 'string' ? 'utf8' : undefined);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flushes a folder, so that the renames and removals in it are on disk. */
export async function syncDirectory(dir: string, fs: WriteFs = nodeFs): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
