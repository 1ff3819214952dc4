import { OpenFileButton } from '../../files/OpenFileButton.tsx';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { messageOf } from '../../store/notice-slice.ts';

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

  return (
    <>
      {/* The core writes the file: to the path chosen in Electron's dialog, or as a download in a browser. */}
      <button type="button" className="quiet" onClick={() => void exportCodebook()}>
        {t('codebook:exportCodebook')}
      </button>
      <OpenFileButton
        kind="codebook"
        label={t('codebook:importCodebook')}
        onOpened={async (file) => onImportResult(await importCodebook(file))}
        onError={(error, name) => onImportResult(t('codebook:readFailed', { file: name, reason: messageOf(error) }))}
      />
    </>
  );
}
