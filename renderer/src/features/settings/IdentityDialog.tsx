import { useState } from 'react';
import { limits } from '../../../../shared/model/limits.ts';
import { useAppStore } from '../../store/app-store.ts';
import { DialogFooter } from '../../ui/DialogFooter.tsx';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { useT } from '../../i18n/i18n.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/**
 * Who is coding: asked for on first run (prefilled with the system's user
 * name), and changed later from the name in the top bar. Annotations carry
 * the coder's id, never the name, so a new name changes no annotation.
 */
export function IdentityDialog() {
  const project = useAppStore((s) => s.project);
  const confirmed = useAppStore((s) => s.identityConfirmed);
  const setCoderName = useAppStore((s) => s.setCoderName);
  const setEditing = useAppStore((s) => s.setEditingIdentity);
  const [name, setName] = useState(project?.coder.name ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { t } = useT();

  const save = async () => {
    if (!name.trim()) return setError(t('settings:nameEmpty'));
    setSaving(true);
    const failure = await setCoderName(name.trim());
    setSaving(false);
    setError(failure);
  };
  // On first run the name is asked for: closing keeps the one proposed, and says so by saving it.
  const close = () => (confirmed ? setEditing(false) : void save());

  return (
    <ModalDialog
      title={confirmed ? t('settings:title') : t('settings:welcome')}
      onClose={close}
      onSubmit={() => void save()}
    >
      <label>
        {t('settings:yourName')}
        <input value={name} maxLength={limits.nameLength} onChange={(e) => setName(e.target.value)} />
      </label>
      <p className="hint">{t('settings:nameHint')}</p>
      <LanguageSwitch />
      <DialogFooter
        error={error}
        onCancel={close}
        submitLabel={t('settings:save')}
        busyLabel={t('settings:saving')}
        busy={saving}
      />
    </ModalDialog>
  );
}
