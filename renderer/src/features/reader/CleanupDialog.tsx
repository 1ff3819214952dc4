import { useMemo, useState } from 'react';
import { detectBoilerplate } from '../../../../shared/text/detect-boilerplate.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { DialogFooter } from '../../ui/DialogFooter.tsx';
import { CleanupPreview } from '../cleanup/CleanupPreview.tsx';
import { ModalDialog } from '../../ui/ModalDialog.tsx';

/**
 * Cleans page furniture out of the open document: the proposals are shown
 * struck through in the text, the user keeps any of them, and the rest are
 * removed as one text correction (annotations move with the text; one undo
 * step). The original as imported is never changed.
 */
export function CleanupDialog({ onClose }: { onClose: () => void }) {
  const document = useAppStore((s) => s.reader?.document);
  const saveTextEdit = useAppStore((s) => s.saveTextEdit);
  const text = document?.text ?? '';
  const spans = useMemo(() => detectBoilerplate(text), [text]);
  const [keep, setKeep] = useState<ReadonlySet<number>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { t } = useT();
  const removing = spans.filter((_, i) => !keep.has(i));

  const accept = async () => {
    if (!removing.length) return onClose();
    setSaving(true);
    // From the end backwards, so each change's offsets are still those of the text it applies to.
    const changes = [...removing].reverse().map(({ start, end }) => ({ from: start, to: end, insert: '' }));
    const problem = await saveTextEdit(changes, text.length);
    setSaving(false);
    if (problem) setError(problem);
    else onClose();
  };

  return (
    <ModalDialog
      title={t('reader:cleanupTitle')}
      onClose={onClose}
      onSubmit={() => void accept()}
      className="cleanup-dialog"
    >
      <p className="dialog-note">
        {spans.length === 0
          ? t('reader:cleanupNothing')
          : t('reader:cleanupProposed', { removing: removing.length, count: spans.length })}
      </p>
      <CleanupPreview
        text={text}
        spans={spans}
        keep={keep}
        onToggle={(i) => {
          const next = new Set(keep);
          if (next.has(i)) next.delete(i);
          else next.add(i);
          setKeep(next);
        }}
        label={t('reader:cleanupPreview')}
      />
      <DialogFooter
        error={error}
        onCancel={onClose}
        busy={saving || spans.length === 0}
        busyLabel={t('reader:removingBusy')}
        submitLabel={
          removing.length ? t('reader:removeStretches', { count: removing.length }) : t('reader:removeNothing')
        }
      />
    </ModalDialog>
  );
}
