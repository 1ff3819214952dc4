import { useState } from 'react';
import type { LinkType } from '../../../../shared/model/link.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
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
  const { t } = useT();
  const others = linkTypes.filter((other) => other.id !== type.id);
  const [moveTo, setMoveTo] = useState(others[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    if (!moveTo) return setError(t('links:noTypeToMoveTo'));
    setSaving(true);
    const failure = await deleteLinkType({ typeId: type.id, moveTo });
    setSaving(false);
    if (failure) return setError(failure);
    onClose();
  };

  return (
    <ModalDialog title={t('links:deleteTitle', { name: type.name })} onClose={onClose} onSubmit={() => void submit()}>
      <p className="dialog-hint">{t('links:typeUsage', { count })}</p>
      <label>
        {t('links:moveLinksTo')}
        <select value={moveTo} onChange={(e) => setMoveTo(e.target.value)}>
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              {other.name}
            </option>
          ))}
        </select>
      </label>
      <DialogFooter
        error={error}
        onCancel={onClose}
        submitLabel={t('links:deleteType')}
        busyLabel={t('links:deleting')}
        busy={saving}
        danger
      />
    </ModalDialog>
  );
}
