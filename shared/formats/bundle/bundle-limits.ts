import { limits } from '../../model/limits.ts';

const MB = 1024 * 1024;

/**
 * The most bytes each kind of bundle file may hold, checked against the
 * zip's declared size before a byte is inflated and again while inflating:
 * a 200 MB JSON is refused without being read.
 *
 * - a text holds at most limits.textLength UTF-16 units, 3 UTF-8 bytes each;
 * - a document's record is a title, five metadata fields, a file name and a
 *   memo, each at its limit and each character escaped (6 bytes);
 * - any other JSON file: 64 MB, about 200,000 annotations, links or actors
 *   in one file (a real project's largest layer is a few MB), and what
 *   JSON.parse turns into well under the import's memory budget.
 */
export const bundleFileBytes = {
  text: limits.textLength * 3,
  document: 6 * (limits.titleLength + 5 * limits.metadataFieldLength + 1_000 + limits.noteLength) + 4_096,
  json: 64 * MB,
  manifest: 64 * MB,
} as const;
