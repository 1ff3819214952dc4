import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { type FileHandle, mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { syncDirectory, writeFileDurable } from '../fs/durable-write.ts';
import { BACKUP_FORMAT, type PackIndex, PackIndexSchema } from './backup-layout.ts';

/** Objects are written to a pack in chunks of about this size. */
const CHUNK = 1024 * 1024;
const SYNC_EVERY = 1024 * 1024;

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

interface Location {
  pack: string;
  offset: number;
  length: number;
}

/**
 * The objects of every pack in a folder, by hash. A pack is written whole
 * (a temp file, flushed, renamed into place with its index), so one that is
 * listed is complete; a pack whose index is unreadable is left out, and the
 * backups that need it say so when restored.
 */
export class PackStore {
  private readonly objects = new Map<string, Location>();
  private readonly packObjects = new Map<string, Array<[string, number]>>();

  constructor(private readonly folder: string) {
    let names: string[] = [];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names) {
      const match = /^([0-9a-z-]+)\.idx\.json$/.exec(name);
      if (!match || !names.includes(`${match[1]}.pack`)) continue;
      try {
        const index = PackIndexSchema.parse(JSON.parse(readFileSync(join(folder, name), 'utf8')));
        this.add(match[1] as string, index);
      } catch {
        // Unreadable: its objects count as missing.
      }
    }
  }

  has(hash: string): boolean {
    return this.objects.has(hash);
  }

  packs(): string[] {
    return [...this.packObjects.keys()];
  }

  /** The objects of a pack, with their sizes. */
  objectsOf(pack: string): ReadonlyArray<[string, number]> {
    return this.packObjects.get(pack) ?? [];
  }

  /** Reads an object and checks it is what its hash says. */
  async read(hash: string, handles?: Map<string, FileHandle>): Promise<Buffer> {
    const at = this.objects.get(hash);
    if (!at) throw new Error(`the content ${hash.slice(0, 12)}… is missing from the backups`);
    let handle = handles?.get(at.pack);
    const own = !handle;
    handle ??= await open(join(this.folder, `${at.pack}.pack`), 'r');
    handles?.set(at.pack, handle);
    try {
      const bytes = Buffer.alloc(at.length);
      const { bytesRead } = await handle.read(bytes, 0, at.length, at.offset);
      if (bytesRead !== at.length || sha256(bytes) !== hash) {
        throw new Error(`the content ${hash.slice(0, 12)}… is damaged in the backups`);
      }
      return bytes;
    } finally {
      if (own && !handles) await handle.close();
    }
  }

  /** Removes a pack whose objects no backup holds any more. */
  async remove(pack: string): Promise<void> {
    for (const [hash] of this.objectsOf(pack)) {
      if (this.objects.get(hash)?.pack === pack) this.objects.delete(hash);
    }
    this.packObjects.delete(pack);
    await rm(join(this.folder, `${pack}.idx.json`), { force: true });
    await rm(join(this.folder, `${pack}.pack`), { force: true });
  }

  add(pack: string, index: PackIndex): void {
    const list: Array<[string, number]> = [];
    for (const [hash, offset, length] of index.objects) {
      if (!this.objects.has(hash)) this.objects.set(hash, { pack, offset, length });
      list.push([hash, length]);
    }
    this.packObjects.set(pack, list);
  }
}

/**
 * Writes one pack: objects appended to a temp file, then flushed and renamed
 * into place with its index — one flush for a whole backup, however many
 * files it holds.
 */
export class PackWriter {
  readonly name = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  private opening: Promise<FileHandle> | null = null;
  private readonly index: PackIndex = { format: 'glossator-backup-pack', version: BACKUP_FORMAT, objects: [] };
  private readonly held = new Set<string>();
  private offset = 0;
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;
  private unsynced = 0;

  constructor(
    private readonly folder: string,
    private readonly tempDir: string,
  ) {}

  get size(): number {
    return this.held.size;
  }

  has(hash: string): boolean {
    return this.held.has(hash);
  }

  /** Adds an object, kept in memory until the next flush (objects are written in large chunks, not one by one). */
  add(hash: string, bytes: Buffer): void {
    if (this.held.has(hash)) return;
    this.held.add(hash);
    this.index.objects.push([hash, this.offset + this.bufferedBytes, bytes.length]);
    this.buffered.push(bytes);
    this.bufferedBytes += bytes.length;
  }

  /** Writes what is kept in memory once it is large (or `always`). */
  async flush(always = false): Promise<void> {
    if (!this.bufferedBytes || (!always && this.bufferedBytes < CHUNK)) return;
    const chunk = Buffer.concat(this.buffered);
    this.buffered = [];
    const at = this.offset;
    this.offset += chunk.length;
    this.bufferedBytes = 0;
    this.opening ??= mkdir(this.tempDir, { recursive: true }).then(() => open(this.tempPath, 'wx', 0o600));
    const handle = await this.opening;
    await handle.write(chunk, 0, chunk.length, at);
    // Flushed as it goes: one flush of hundreds of megabytes at the end would hold up every save's own flush.
    this.unsynced += chunk.length;
    if (this.unsynced >= SYNC_EVERY) {
      this.unsynced = 0;
      await handle.datasync();
    }
  }

  /** Puts the pack in place (nothing when it is empty) and returns its index. */
  async finish(): Promise<PackIndex | null> {
    await this.flush(true);
    if (!this.opening) return null;
    const handle = await this.opening;
    try {
      await handle.sync();
    } finally {
      await handle.close();
      this.opening = null;
    }
    await mkdir(this.folder, { recursive: true });
    await rename(this.tempPath, join(this.folder, `${this.name}.pack`));
    // The index last: a pack is listed only once its index is there.
    await writeFileDurable(
      join(this.folder, `${this.name}.idx.json`),
      JSON.stringify(this.index),
      undefined,
      this.tempDir,
    );
    await syncDirectory(this.folder);
    return this.index;
  }

  async abandon(): Promise<void> {
    const opening = this.opening;
    this.opening = null;
    if (opening) await (await opening.catch(() => null))?.close().catch(() => {});
    await rm(this.tempPath, { force: true });
  }

  private get tempPath(): string {
    return join(this.tempDir, `${this.name}.pack`);
  }
}
