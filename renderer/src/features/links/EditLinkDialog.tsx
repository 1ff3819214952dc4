import { useEffect, useRef, useState } from 'react';
import type { AnnotationRow, LinkRow } from '../../../../shared/ipc/results.ts';
import { limits } from '../../../../shared/model/limits.ts';
import { shortQuote } from '../../../../shared/text/short-quote.ts';
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
    <ModalDialog title="Edit link" onClose={onClose} onSubmit={() => void submit()} className="edit-link-dialog">
      <fieldset className="edit-link-ends" aria-label="Direction">
        <EndQuote end={from} />
        <span className="edit-link-arrow" role="img" aria-label="links to">
          →
        </span>
        <EndQuote end={to} />
      </fieldset>
      <label className="edit-link-reverse">
        <input type="checkbox" checked={reverse} onChange={(e) => setReverse(e.target.checked)} />
        Reverse: make it point the other way
      </label>
      <label>
        Type
        <select value={typeId} onChange={(e) => setTypeId(e.target.value)}>
          {/* A type deleted meanwhile stays choosable until another is picked. */}
          {!linkTypes.some((t) => t.id === link.typeId) && <option value={link.typeId}>Unknown type</option>}
          {linkTypes.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Memo
        <textarea value={note} rows={3} maxLength={limits.noteLength} onChange={(e) => setNote(e.target.value)} />
      </label>
      <DialogFooter error={error} onCancel={onClose} submitLabel="Save" busyLabel="Saving…" busy={saving} />
    </ModalDialog>
  );
}

function EndQuote({ end }: { end: AnnotationRow | null }) {
  if (!end) return <span className="edit-link-end deleted">(deleted annotation)</span>;
  return (
    <span className="edit-link-end">
      <q>{shortQuote(end.annotation.quote.exact, 90)}</q> <span className="edit-link-doc">{end.documentTitle}</span>
    </span>
  );
}
