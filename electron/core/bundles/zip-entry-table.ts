import { foldName } from './zip-names.ts';
import { refusal, shownName } from './zip-refusal.ts';

/** One entry as the central directory declares it. */
export interface EntryRecord {
  name: string;
  size: number;
  compressedSize: number;
  crc32: number;
  method: number;
  flags: number;
  /** Where its local header starts. */
  offset: number;
}

/** Kept beside the 16 flag bits: the entry is a folder (by its trailing slash or by its attributes). */
const folderMark = 0x10000;

/**
 * The central directory, kept as columns: a 500,000-entry archive costs
 * its names and a few numbers per entry, not an object each. Folders are
 * kept too (they take part in the name checks) but are not files.
 */
export class EntryTable {
  readonly names: string[] = [];
  private readonly sizes: number[] = [];
  private readonly compressedSizes: number[] = [];
  private readonly crcs: number[] = [];
  private readonly methods: number[] = [];
  private readonly flags: number[] = [];
  private readonly offsets: number[] = [];
  /** Folded name → index: finds an entry by name and meets names a case-insensitive disk would see as one. */
  private readonly byFold = new Map<string, number>();

  get length(): number {
    return this.names.length;
  }

  add(entry: EntryRecord, folder: boolean): void {
    const key = foldName(entry.name);
    const seen = this.byFold.get(key);
    if (seen !== undefined) {
      const other = this.names[seen] as string;
      const shown = { name: shownName(entry.name), other: shownName(other) };
      if (this.isFolder(seen) !== folder) throw refusal('fileAndFolder', { name: shownName(key) });
      throw other === entry.name ? refusal('duplicateName', { name: shown.name }) : refusal('duplicateFolded', shown);
    }
    this.byFold.set(key, this.names.length);
    this.names.push(entry.name);
    this.sizes.push(entry.size);
    this.compressedSizes.push(entry.compressedSize);
    this.crcs.push(entry.crc32);
    this.methods.push(entry.method);
    this.flags.push(folder ? entry.flags | folderMark : entry.flags);
    this.offsets.push(entry.offset);
  }

  /** The file of this exact name (not a folder, and not merely one of the same fold). */
  find(name: string): EntryRecord | undefined {
    const index = this.byFold.get(foldName(name));
    if (index === undefined || this.names[index] !== name || this.isFolder(index)) return undefined;
    return this.at(index);
  }

  isFolder(index: number): boolean {
    return ((this.flags[index] as number) & folderMark) !== 0;
  }

  at(index: number): EntryRecord {
    return {
      name: this.names[index] as string,
      size: this.sizes[index] as number,
      compressedSize: this.compressedSizes[index] as number,
      crc32: this.crcs[index] as number,
      method: this.methods[index] as number,
      flags: (this.flags[index] as number) & 0xffff,
      offset: this.offsets[index] as number,
    };
  }

  /** Checks that need the whole directory: done once it has been walked. */
  checkWhole(dataEnd: number): void {
    this.checkFoldersAreFolders();
    this.checkNoOverlap(dataEnd);
  }

  /** `a` a file and `a/b` an entry: no disk can hold both, and tools disagree on which wins. */
  private checkFoldersAreFolders(): void {
    for (const key of this.byFold.keys()) {
      for (let slash = key.indexOf('/'); slash !== -1; slash = key.indexOf('/', slash + 1)) {
        const index = this.byFold.get(key.slice(0, slash));
        if (index !== undefined && !this.isFolder(index))
          throw refusal('fileAndFolder', { name: shownName(this.names[index] as string) });
      }
    }
  }

  /**
   * Each entry's local header and data must lie before the next entry's and
   * before the central directory. Entries sharing their bytes are how a
   * small file inflates to terabytes (the overlapping bomb), and they let
   * two names read the same data; no writer makes them.
   */
  private checkNoOverlap(dataEnd: number): void {
    const order = this.offsets.map((_, i) => i);
    if (!this.offsets.every((o, i) => i === 0 || o >= (this.offsets[i - 1] as number)))
      order.sort((a, b) => (this.offsets[a] as number) - (this.offsets[b] as number));
    for (let k = 0; k < order.length; k += 1) {
      const i = order[k] as number;
      const next = k + 1 < order.length ? (this.offsets[order[k + 1] as number] as number) : dataEnd;
      const end =
        (this.offsets[i] as number) +
        30 +
        Buffer.byteLength(this.names[i] as string) +
        (this.compressedSizes[i] as number);
      if (end > next) throw refusal('overlapping', { name: shownName(this.names[i] as string) });
    }
  }
}
