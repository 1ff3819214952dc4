import { useState } from 'react';
import { tagPathLabel } from '../../../../shared/codebook/tag-tree.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { DialogFooter } from '../../ui/DialogFooter.tsx';

interface Props {
  /** The tag to add a sub-tag to, or null for a top-level tag. */
  parentId: string | null;
  onClose: () => void;
  onCreated: (tagId: string) => void;
}

/** Asks for the new tag's name (the one thing a tag cannot do without); the rest is edited afterwards. */
export function NewTagDialog({ parentId, onClose, onCreated }: Props) {
  const tags = useAppStore((s) => s.codebook.tags);
  const createTag = useAppStore((s) => s.createTag);
  const { t } = useT();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    if (!name.trim()) return setError(t('codebook:nameNeeded'));
    setSaving(true);
    const before = new Set(useAppStore.getState().codebook.tags.map((tag) => tag.id));
    const failure = await createTag({ name: name.trim(), parent: parentId });
    setSaving(false);
    if (failure) return setError(failure);
    // createTag reports only success; the new tag is the one that was not there before.
    const created = useAppStore.getState().codebook.tags.find((tag) => !before.has(tag.id));
    if (created) onCreated(created.id);
    onClose();
  };

  return (
    <ModalDialog
      title={parentId ? t('codebook:addSubTag') : t('codebook:addTag')}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      {parentId && <p className="dialog-hint">{t('codebook:underParent', { path: tagPathLabel(tags, parentId) })}</p>}
      <label>
        {t('codebook:name')}
        <input name="tag-name" value={name} autoComplete="off" onChange={(e) => setName(e.target.value)} />
      </label>
      <DialogFooter
        error={error}
        onCancel={onClose}
        submitLabel={t('codebook:createTag')}
        busyLabel={t('codebook:creating')}
        busy={saving}
      />
    </ModalDialog>
  );
}
