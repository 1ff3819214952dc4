import type { FileHandle } from 'node:fs/promises';

/** Reads `length` bytes at `position`; fewer if the file ends first. */
export async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await file.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled === length ? buffer : buffer.subarray(0, filled);
}

const windowSize = 1024 * 1024;

/**
 * Reads a file's bytes below `end` through a window of 1 MB: walking the
 * central directory, or reading one small entry after another, costs one
 * system call per megabyte rather than two per entry (a 400,000-entry
 * bundle would otherwise wait on a million reads). Each load is a new
 * buffer, so what an earlier call returned stays valid.
 */
export class FileWindow {
  private window: Buffer = Buffer.alloc(0);
  private windowAt = 0;
  /** Loads happen one at a time: many reads at once must not each load a megabyte of their own. */
  private loads: Promise<unknown> = Promise.resolve();
  constructor(
    private readonly file: FileHandle,
    private readonly end: number,
  ) {}

  /** Exactly `length` bytes at `at`, or null if they do not all lie below the end. */
  async bytes(at: number, length: number): Promise<Buffer | null> {
    if (at < 0 || at + length > this.end) return null;
    if (length > windowSize) {
      const direct = await readAt(this.file, at, length);
      return direct.length === length ? direct : null;
    }
    const ready = this.inWindow(at, length);
    if (ready) return ready;
    const load = this.loads.then(async () => {
      // An earlier load may have brought these bytes in meanwhile.
      const loaded = this.inWindow(at, length);
      if (loaded) return loaded;
      this.window = await readAt(this.file, at, Math.min(windowSize, this.end - at));
      this.windowAt = at;
      return this.inWindow(at, length);
    });
    this.loads = load.catch(() => {});
    return load;
  }

  private inWindow(at: number, length: number): Buffer | null {
    if (at < this.windowAt || at + length > this.windowAt + this.window.length) return null;
    return this.window.subarray(at - this.windowAt, at - this.windowAt + length);
  }
}
