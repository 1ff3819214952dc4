import { useState } from 'react';
import type { LinkType } from '../../../../shared/model/link.ts';
import { useAppStore } from '../../store/app-store.ts';
import { countOf } from '../../ui/count-of.ts';
import { DialogFooter } from '../../ui/DialogFooter.tsx';
import { ModalDialog } from '../../ui/ModalDialog.tsx';

interface Props {
  type: LinkType;
  /** How many links are of this type. */
  count: number;
  onClose: () => void;
}

/**
 * Deleting a link type that links use: they move to another type, chosen
 * here (links are never dropped with their type). One undo step.
 */
export function DeleteLinkTypeDialog({ type, count, onClose }: Props) {
  const linkTypes = useAppStore((s) => s.linkTypes);
  const deleteLinkType = useAppStore((s) => s.deleteLinkType);
  const others = linkTypes.filter((t) => t.id !== type.id);
  const [moveTo, setMoveTo] = useState(others[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    if (!moveTo) return setError('Add another link type first: the links need one to move to.');
    setSaving(true);
    const failure = await deleteLinkType({ typeId: type.id, moveTo });
    setSaving(false);
    if (failure) return setError(failure);
    onClose();
  };

  return (
    <ModalDialog title={`Delete “${type.name}”`} onClose={onClose} onSubmit={() => void submit()}>
      <p className="dialog-hint">{countOf(count, 'link is', 'links are')} of this type.</p>
      <label>
        Move links to
        <select value={moveTo} onChange={(e) => setMoveTo(e.target.value)}>
          {others.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <DialogFooter
        error={error}
        onCancel={onClose}
        submitLabel="Delete type"
        busyLabel="Deleting…"
        busy={saving}
        danger
      />
    </ModalDialog>
  );
}
