import { useEffect, useState } from 'react';
import { useAppStore } from '../../store/app-store.ts';
import { messageOf } from '../../store/notice-slice.ts';
import { requireApi } from '../../store/api.ts';
import { ModalDialog } from '../../ui/ModalDialog.tsx';

/** The document's text exactly as it was imported or pasted, before normalisation, cleanup and corrections. */
export function OriginalTextDialog({ onClose }: { onClose: () => void }) {
  const documentId = useAppStore((s) => s.reader?.document.id);
  const [original, setOriginal] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!documentId) return;
    requireApi()
      .getDocument({ documentId, withOriginal: true })
      .then((d) => setOriginal(d.originalText ?? ''))
      .catch((e) => setError(messageOf(e)));
  }, [documentId]);
  return (
    <ModalDialog title="Original text" onClose={onClose} onSubmit={onClose} className="original-dialog">
      <p className="dialog-note">
        As imported, before line endings were unified and page furniture removed. Annotations refer to the text in the
        Reader, not to this.
      </p>
      <pre className="original-text">{error ? `Could not load it: ${error}` : (original ?? 'Loading…')}</pre>
      <div className="modal-actions">
        <button type="submit" className="primary">
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
