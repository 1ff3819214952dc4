import { useMemo, useState } from 'react';
import type { Tag } from '../../../../shared/model/codebook.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { TagSelect } from './TagSelect.tsx';
import { subtreeUsage } from './tag-usage.ts';
import { DialogFooter } from '../../ui/DialogFooter.tsx';

interface Props {
  tag: Tag;
  onClose: () => void;
  onDeleted: () => void;
}

/**
 * Deleting a tag whose subtree has annotations: the coder decides whether
 * that coding moves to another tag or goes with it. (A tag without
 * annotations is deleted after a plain confirm; see TagEditor.)
 */
export function DeleteTagDialog({ tag, onClose, onDeleted }: Props) {
  const tags = useAppStore((s) => s.codebook.tags);
  const usage = useAppStore((s) => s.tagUsage);
  const deleteTag = useAppStore((s) => s.deleteTag);
  const { t } = useT();
  const subtree = useMemo(() => subtreeUsage(tags, usage, tag.id), [tags, usage, tag.id]);
  const inSubtree = useMemo(() => new Set(subtree.ids), [subtree]);
  const canMove = tags.some((other) => !inSubtree.has(other.id));
  // The parent is the likeliest home for a sub-tag's coding; otherwise the coder picks.
  const [choice, setChoice] = useState<'move' | 'delete'>(canMove ? 'move' : 'delete');
  const [moveTo, setMoveTo] = useState(tag.parent ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const n = t('codebook:annotationCount', { count: subtree.total });

  const submit = async () => {
    if (choice === 'move' && !moveTo) return setError(t('codebook:chooseReceivingTag'));
    setSaving(true);
    const failure = await deleteTag(
      choice === 'move' ? { tagId: tag.id, moveTo } : { tagId: tag.id, deleteAnnotations: true },
    );
    setSaving(false);
    if (failure) return setError(failure);
    onDeleted();
  };

  return (
    <ModalDialog title={t('codebook:deleteTitle', { name: tag.name })} onClose={onClose} onSubmit={() => void submit()}>
      <p className="dialog-hint">
        {subtree.subTagCount > 0
          ? t('codebook:deleteHintSubTags', { count: subtree.subTagCount, annotations: n })
          : t('codebook:deleteHint', { annotations: n })}
      </p>
      <fieldset className="delete-choices">
        <legend className="sr-only">{t('codebook:whatHappens')}</legend>
        <div className="choice">
          <label>
            <input
              type="radio"
              name="delete-choice"
              checked={choice === 'move'}
              disabled={!canMove}
              onChange={() => setChoice('move')}
            />
            {t('codebook:moveAnnotations', { count: subtree.total })}
          </label>
          <TagSelect
            ariaLabel={t('codebook:receivingTag')}
            value={moveTo}
            exclude={inSubtree}
            emptyOption={t('codebook:chooseTag')}
            disabled={choice !== 'move'}
            onChange={setMoveTo}
          />
        </div>
        <label className="choice">
          <input type="radio" name="delete-choice" checked={choice === 'delete'} onChange={() => setChoice('delete')} />
          {t('codebook:deleteAnnotations', { count: subtree.total })}
        </label>
      </fieldset>
      <DialogFooter
        error={error}
        onCancel={onClose}
        submitLabel={t('codebook:deleteTag')}
        busyLabel={t('codebook:deleting')}
        busy={saving}
        danger
      />
    </ModalDialog>
  );
}
