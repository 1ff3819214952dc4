import type { ChangeEvent } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { downloadText } from './download-text.ts';

interface Props {
  /** Why the last import was refused, or null once one succeeds. */
  onImportResult: (error: string | null) => void;
}

/**
 * Sharing a codebook between colleagues: export writes the
 * "glossator-codebook" file, import merges one in (matching tags updated,
 * new ones added, none removed). The outcome of an import is reported by
 * the store; a refusal comes back here to be shown in the view.
 */
export function CodebookFileButtons({ onImportResult }: Props) {
  const exportCodebook = useAppStore((s) => s.exportCodebook);
  const importCodebook = useAppStore((s) => s.importCodebook);
  const { t } = useT();

  const save = async () => {
    const file = await exportCodebook();
    if (file) downloadText(file.fileName, file.text);
  };

  const load = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) imports it again.
    input.value = '';
    if (!file) return;
    try {
      onImportResult(await importCodebook(await file.text()));
    } catch (error) {
      onImportResult(
        t('codebook:readFailed', {
          file: file.name,
          reason: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  };

  return (
    <>
      <button type="button" className="quiet" onClick={() => void save()}>
        {t('codebook:exportCodebook')}
      </button>
      {/* The label is the visible button; the file input inside it stays reachable by keyboard and by label. */}
      <label className="quiet file-button">
        {t('codebook:importCodebook')}
        <input type="file" accept=".json,application/json" className="sr-only" onChange={(e) => void load(e)} />
      </label>
    </>
  );
}
