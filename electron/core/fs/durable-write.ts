import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file-system calls a durable write makes; tests replace them to inject faults. */
export interface WriteFs {
  open: typeof open;
  rename: typeof rename;
  unlink: typeof unlink;
}

const nodeFs: WriteFs = { open, rename, unlink };

/** Temp files are named `.<target>.<random>.tmp` beside their target, so they are on the same disk. */
export function isTempFileName(name: string): boolean {
  return /^\..+\.[0-9a-f]{12}\.tmp$/.test(name);
}

/**
 * Replaces `file` with `data` so that after a crash or power cut the file
 * holds either the old or the new content, never a mix:
 * write a uniquely named temp file → fsync it → rename it over the target →
 * fsync the folder (so the rename itself is on disk). On failure the temp
 * file is removed and the target is untouched.
 */
export async function writeFileDurable(file: string, data: string, fs: WriteFs = nodeFs): Promise<void> {
  const dir = dirname(file);
  const temp = join(dir, `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  let renamed = false;
  try {
    const handle = await fs.open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
    renamed = true;
    await syncDirectory(dir, fs);
  } catch (error) {
    if (!renamed) await fs.unlink(temp).catch(() => {});
    throw error;
  }
}

async function syncDirectory(dir: string, fs: WriteFs): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
