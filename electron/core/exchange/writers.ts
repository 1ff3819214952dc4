import type { ExchangeFormat } from '../../../shared/formats/exchange/exchange-types.ts';
import { message } from '../../../shared/i18n/message.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { writeBrat } from './brat-export.ts';
import { writeCsv } from './csv-export.ts';
import type { ExchangeWriter } from './exchange-io.ts';
import { writeQdc, writeQdpx } from './refi-export.ts';
import { writeW3c } from './w3c-export.ts';

/**
 * Which writer writes each exchange format. A format whose writer is not
 * here is refused with its name (never a silent success, never an empty
 * file): the Export… dialog and the CLI list every format, the registry
 * says which are built.
 */
export type WriterRegistry = Partial<Record<ExchangeFormat, ExchangeWriter>>;

export const writers: WriterRegistry = {
  csv: writeCsv,
  qdpx: writeQdpx,
  qdc: writeQdc,
  brat: writeBrat,
  w3c: writeW3c,
};

/** The writer of `format`, or the refusal saying this Glossator cannot write it. */
export function writerOf(format: ExchangeFormat, registry: WriterRegistry = writers): ExchangeWriter {
  const writer = registry[format];
  if (!writer) throw new ApiError('invalid-input', message('exchange:ui-formatNotWritten', { format }));
  return writer;
}
