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
  /**
   * How many records of each kind a project holds at most. The same numbers
   * bound what is accepted and what is read back, so a project never holds
   * more than it can open again.
   */
  tags: 10_000,
  linkTypes: 1_000,
  coders: 1_000,
  actors: 100_000,
  concepts: 100_000,
  rejectedMentions: 1_000_000,
  linksPerCoder: 1_000_000,
  annotationsPerLayer: 1_000_000,
  tagMappings: 100_000,
} as const;
