/**
 * Size limits for what crosses a boundary or is stored. Text lengths count
 * UTF-16 code units, the unit of every offset inside Glossator.
 */
export const limits = {
  /** About 20 MB of text: far above any article, well below what a laptop can hold. */
  textLength: 20 * 1024 * 1024,
  titleLength: 1_000,
  metadataFieldLength: 2_000,
  noteLength: 100_000,
  nameLength: 200,
  descriptionLength: 10_000,
  /** The largest file the importer reads: any article fits many times over; sent as base64 under the 64 MB request cap. */
  importFileBytes: 32 * 1024 * 1024,
} as const;
