import type { ForeignContents, ImportFormat } from '../../../shared/formats/exchange/exchange-types.ts';
import { message } from '../../../shared/i18n/message.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { readBundle } from '../bundles/read-bundle.ts';
import { readBrat } from './brat-import.ts';
import type { ExchangeReader } from './exchange-io.ts';
import { readQdc, readQdpx } from './refi-import.ts';
import { readW3c } from './w3c-import.ts';

/**
 * Which reader reads each format an import takes. A format told by its
 * content whose reader is not here is refused with its name: the file is
 * recognised, this Glossator cannot read it yet.
 */
export type ReaderRegistry = Partial<Record<ImportFormat, ExchangeReader>>;

/** Our own bundle, as a foreign file's contents: nothing rejected, nothing to note (its reader refuses instead). */
export const readOwnBundle: ExchangeReader = async (path) => {
  const contents = await readBundle(path);
  const foreign: ForeignContents = Object.assign(contents, { format: 'bundle' as const, rejected: [], notes: [] });
  return foreign;
};

export const readers: ReaderRegistry = {
  bundle: readOwnBundle,
  qdpx: readQdpx,
  qdc: readQdc,
  brat: readBrat,
  w3c: readW3c,
};

/** The reader of `format`, or the refusal saying this Glossator cannot read it yet. */
export function readerOf(format: ImportFormat, registry: ReaderRegistry = readers): ExchangeReader {
  const reader = registry[format];
  if (!reader) throw new ApiError('invalid-input', message('exchange:ui-formatNotRead', { format }));
  return reader;
}
