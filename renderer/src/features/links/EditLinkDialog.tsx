import { useEffect, useRef, useState } from 'react';
import type { AnnotationRow, LinkRow } from '../../../../shared/ipc/results.ts';
import { limits } from '../../../../shared/model/limits.ts';
import { shortQuote } from '../../../../shared/text/short-quote.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { DialogFooter } from '../../ui/DialogFooter.tsx';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import './links.css';

interface Props {
  row: LinkRow;
  onClose: () => void;
}

/**
 * Changes a link: its type, its memo, and which way it points (the two
 * ends swap). Only what changed is sent; one undo step.
 */
export function EditLinkDialog({ row, onClose }: Props) {
  const linkTypes = useAppStore((s) => s.linkTypes);
  const updateLink = useAppStore((s) => s.updateLink);
  const { t } = useT();
  const { link } = row;
  const [typeId, setTypeId] = useState(link.typeId);
  const [note, setNote] = useState(link.note);
  const [reverse, setReverse] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const [from, to] = reverse ? [row.to, row.from] : [row.from, row.to];

  const submit = async () => {
    const change = {
      ...(typeId !== link.typeId ? { typeId } : {}),
      ...(note !== link.note ? { note } : {}),
      ...(reverse ? { reverse: true } : {}),
    };
    if (Object.keys(change).length === 0) return onClose();
    setSaving(true);
    const failure = await updateLink({ linkId: link.id, ...change });
    // Closed meanwhile (Escape): the answer must not close whatever opened since.
    if (!mounted.current) return;
    setSaving(false);
    if (failure) return setError(failure);
    onClose();
  };

  return (
    <ModalDialog
      title={t('links:editLink')}
      onClose={onClose}
      onSubmit={() => void submit()}
      className="edit-link-dialog"
    >
      <fieldset className="edit-link-ends" aria-label={t('links:direction')}>
        <EndQuote end={from} />
        <span className="edit-link-arrow" role="img" aria-label={t('links:linksTo')}>
          →
        </span>
        <EndQuote end={to} />
      </fieldset>
      <label className="edit-link-reverse">
        <input type="checkbox" checked={reverse} onChange={(e) => setReverse(e.target.checked)} />
        {t('links:reverse')}
      </label>
      <label>
        {t('links:type')}
        <select value={typeId} onChange={(e) => setTypeId(e.target.value)}>
          {/* A type deleted meanwhile stays choosable until another is picked. */}
          {!linkTypes.some((type) => type.id === link.typeId) && (
            <option value={link.typeId}>{t('links:unknownType')}</option>
          )}
          {linkTypes.map((type) => (
            <option key={type.id} value={type.id}>
              {type.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('links:memo')}
        <textarea value={note} rows={3} maxLength={limits.noteLength} onChange={(e) => setNote(e.target.value)} />
      </label>
      <DialogFooter
        error={error}
        onCancel={onClose}
        submitLabel={t('links:save')}
        busyLabel={t('links:saving')}
        busy={saving}
      />
    </ModalDialog>
  );
}

function EndQuote({ end }: { end: AnnotationRow | null }) {
  const { t } = useT();
  if (!end) return <span className="edit-link-end deleted">{t('links:deletedAnnotation')}</span>;
  return (
    <span className="edit-link-end">
      <q>{shortQuote(end.annotation.quote.exact, 90)}</q> <span className="edit-link-doc">{end.documentTitle}</span>
    </span>
  );
}
