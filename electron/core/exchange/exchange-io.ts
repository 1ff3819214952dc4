import type {
  ExchangeExportCounts,
  ExchangeWriteOptions,
  ForeignContents,
} from '../../../shared/formats/exchange/exchange-types.ts';
import type { ExportSnapshot } from '../bundles/export-snapshot.ts';

/** What a writer is given: the records taken at one point, and each document's text when it asks. */
export interface ExchangeWriteInput {
  snapshot: ExportSnapshot;
  /** A document's stored text (normalised: LF, NFC), read one at a time. */
  text: (documentId: string) => Promise<string>;
  /** A document's text as imported (before normalisation), for formats whose tools count the original. */
  originalText: (documentId: string) => Promise<string>;
  options: ExchangeWriteOptions;
}

/** Writes one format to `path` (a file; a folder for CSV's folder container). Throws ApiError on a refusal. */
export type ExchangeWriter = (input: ExchangeWriteInput, path: string) => Promise<ExchangeExportCounts>;

/**
 * Reads one format from `path` (a file; a folder for brat). Refuses with
 * ApiError('invalid-input', message('exchange:…')) — never a half-read: a
 * refusal leaves nothing behind (close what you opened).
 */
export type ExchangeReader = (path: string, name: string) => Promise<ForeignContents>;
