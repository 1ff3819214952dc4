import { useState } from 'react';
import { limits } from '../../../../shared/model/limits.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { DialogFooter } from '../../ui/DialogFooter.tsx';
import { ModalDialog } from '../../ui/ModalDialog.tsx';

/** Renames the project (its name in the app and in exports; the folder on disk keeps its own). */
export function RenameProjectDialog({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const project = useAppStore((s) => s.project);
  const renameProject = useAppStore((s) => s.renameProject);
  const [name, setName] = useState(project?.name ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    if (!name.trim()) return setError(t('library:needProjectName'));
    setSaving(true);
    const failure = await renameProject(name.trim());
    setSaving(false);
    if (failure) setError(failure);
    else onClose();
  };
  return (
    <ModalDialog title={t('library:renameTitle')} onClose={onClose} onSubmit={() => void save()}>
      <label>
        {t('library:projectName')}
        <input value={name} maxLength={limits.nameLength} onChange={(e) => setName(e.target.value)} />
      </label>
      <DialogFooter
        error={error}
        onCancel={onClose}
        submitLabel={t('library:rename')}
        busyLabel={t('common:saving')}
        busy={saving}
      />
    </ModalDialog>
  );
}
