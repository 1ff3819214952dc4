import { useEffect, useState } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { messageOf } from '../../store/notice-slice.ts';
import { requireApi } from '../../store/api.ts';
import { ModalDialog } from '../../ui/ModalDialog.tsx';

/** The document's text exactly as it was imported or pasted, before normalisation, cleanup and corrections. */
export function OriginalTextDialog({ onClose }: { onClose: () => void }) {
  const documentId = useAppStore((s) => s.reader?.document.id);
  const [original, setOriginal] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { t } = useT();
  useEffect(() => {
    if (!documentId) return;
    requireApi()
      .getDocument({ documentId, withOriginal: true })
      .then((d) => setOriginal(d.originalText ?? ''))
      .catch((e) => setError(messageOf(e)));
  }, [documentId]);
  return (
    <ModalDialog title={t('reader:originalTitle')} onClose={onClose} onSubmit={onClose} className="original-dialog">
      <p className="dialog-note">{t('reader:originalNote')}</p>
      <pre className="original-text">
        {error ? t('reader:couldNotLoad', { reason: error }) : (original ?? t('reader:loading'))}
      </pre>
      <div className="modal-actions">
        <button type="submit" className="primary">
          {t('reader:close')}
        </button>
      </div>
    </ModalDialog>
  );
}
