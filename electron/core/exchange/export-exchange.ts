import type {
  ExchangeExportCounts,
  ExchangeFormat,
  ExchangeWriteOptions,
} from '../../../shared/formats/exchange/exchange-types.ts';
import { message } from '../../../shared/i18n/message.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import type { DocumentText } from '../../../shared/model/document.ts';
import type { BundleExportOptions } from '../bundles/export-scope.ts';
import { changedDuringExport, takeSnapshot, watchChangedTexts } from '../bundles/export-snapshot.ts';
import type { ProjectStore } from '../store/project-store.ts';
import type { ExchangeWriteInput } from './exchange-io.ts';
import { type WriterRegistry, writerOf, writers } from './writers.ts';

/**
 * Writes the documents and layers of `scope` in `format` at `path` (a temp
 * file the caller renames into place: FileGate.save). As a bundle export
 * does (see exportBundle): every record is taken in one step of the store's
 * queue, then each text is read in a step of its own, refused as changed
 * when the document's text was corrected or the document deleted since the
 * snapshot (its annotations would no longer fit the text read).
 */
export async function exportExchange(
  store: ProjectStore,
  format: ExchangeFormat,
  scope: BundleExportOptions,
  options: ExchangeWriteOptions,
  path: string,
  registry: WriterRegistry = writers,
): Promise<ExchangeExportCounts> {
  // Refused before anything is read: a format this Glossator cannot write yet.
  const writer = writerOf(format, registry);
  const { changed, stop } = watchChangedTexts(store);
  try {
    const snapshot = await store.inOrder(() => takeSnapshot(store, scope));
    const infos = new Map(snapshot.documents.map((d) => [d.info.id, d.info]));
    // The last document read: a writer asking for its text and then its original reads it once.
    let last: { id: string; read: Promise<DocumentText> } | null = null;
    const read = (id: string): Promise<DocumentText> => {
      if (last?.id === id) return last.read;
      const info = infos.get(id);
      if (!info) throw new ApiError('internal', message('errors:internal', { reason: `no document ${id} exported` }));
      const reading = store.inOrder(async () => {
        if (changed.has(id)) throw changedDuringExport(info.title);
        const texts = await store.text(id);
        if (texts.text.length !== info.textLength) throw changedDuringExport(info.title);
        return texts;
      });
      last = { id, read: reading };
      return reading;
    };
    const input: ExchangeWriteInput = {
      snapshot,
      text: async (id) => (await read(id)).text,
      originalText: async (id) => (await read(id)).originalText,
      options,
    };
    return await writer(input, path);
  } finally {
    stop();
  }
}
