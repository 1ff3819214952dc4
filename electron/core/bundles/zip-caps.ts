/**
 * How much a zip may claim before anything of it is inflated. A bundle is
 * untrusted: every count and size is checked against these while the central
 * directory is walked, so a hostile file is refused before it costs memory.
 */
export interface ZipCaps {
  /** Entries in the central directory; a 100,000-document bundle holds about 400,000. */
  maxEntries: number;
  /** Declared uncompressed bytes of one entry. */
  maxEntryBytes: number;
  /** Declared uncompressed bytes of all entries together. */
  maxTotalBytes: number;
  /** Uncompressed bytes per compressed byte beyond which an entry is a bomb (deflate's own maximum is about 1032). */
  maxRatio: number;
  /** Entries up to this size are not checked for their ratio: a tiny file that compresses well can do no harm. */
  ratioFloorBytes: number;
  /** Bytes of an entry's name (a folder's or file's name within it: at most 255, as on every common disk). */
  maxNameBytes: number;
}

const MiB = 1024 * 1024;

export const defaultZipCaps: Readonly<ZipCaps> = Object.freeze({
  maxEntries: 500_000,
  // A text of 20 M UTF-16 units with its original is at most about 120 MB as UTF-8 JSON.
  maxEntryBytes: 256 * MiB,
  maxTotalBytes: 16 * 1024 * MiB,
  // Pretty-printed JSON deflates by 5–30 times; a bomb by about 1000.
  maxRatio: 200,
  ratioFloorBytes: MiB,
  maxNameBytes: 1024,
});

/** The most bytes one segment of a name may have (NTFS, ext4 and APFS all stop at 255). */
export const maxSegmentBytes = 255;

/** The defaults with the caller's caps over them; a cap given as undefined (or not a number) keeps its default. */
export function zipCaps(caps: Partial<ZipCaps>): ZipCaps {
  const out: ZipCaps = { ...defaultZipCaps };
  for (const key of Object.keys(out) as Array<keyof ZipCaps>) {
    const value = caps[key];
    if (typeof value === 'number' && !Number.isNaN(value) && value >= 0) out[key] = value;
  }
  return out;
}
