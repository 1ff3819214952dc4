import type { ExchangeExportCounts } from '../../../../shared/formats/exchange/exchange-types.ts';
import type { Handlers } from '../../../../shared/ipc/contract.ts';
import { ApiError } from '../../../../shared/ipc/errors.ts';
import { message } from '../../../../shared/i18n/message.ts';
import { exportExchange } from '../../exchange/export-exchange.ts';
import { type WriterRegistry, writers } from '../../exchange/writers.ts';
import type { ProjectSession } from '../project-session.ts';

type ExchangeCalls = Pick<Handlers, 'exportExchange'>;

/**
 * Export in another tool's format to the file the user chose (a ticket of
 * the file gate: a temp file renamed into place, so a refused export leaves
 * nothing). Not through the change queue: nothing changes, and the export
 * reads the store in steps of its own queue (see exportExchange).
 */
export function exchangeHandlers(session: ProjectSession, registry: WriterRegistry = writers): ExchangeCalls {
  return {
    async exportExchange({ format, to, documents, layers, options }) {
      const written: { counts?: ExchangeExportCounts } = {};
      const saved = await session.files.save(to, async (tempPath) => {
        written.counts = await exportExchange(
          session.store,
          format,
          { documents, layers, coder: session.coder },
          options ?? {},
          tempPath,
          registry,
        );
      });
      if (!written.counts)
        throw new ApiError('internal', message('errors:internal', { reason: 'the export wrote no counts' }));
      return { ...written.counts, ...saved };
    },
  };
}
