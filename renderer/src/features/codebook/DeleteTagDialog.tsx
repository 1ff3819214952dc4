import { useMemo, useState } from 'react';
import type { Tag } from '../../../../shared/model/codebook.ts';
import { useAppStore } from '../../store/app-store.ts';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { countOf } from '../../ui/count-of.ts';
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
  const subtree = useMemo(() => subtreeUsage(tags, usage, tag.id), [tags, usage, tag.id]);
  const inSubtree = useMemo(() => new Set(subtree.ids), [subtree]);
  const canMove = tags.some((t) => !inSubtree.has(t.id));
  // The parent is the likeliest home for a sub-tag's coding; otherwise the coder picks.
  const [choice, setChoice] = useState<'move' | 'delete'>(canMove ? 'move' : 'delete');
  const [moveTo, setMoveTo] = useState(tag.parent ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const n = countOf(subtree.total, 'annotation');

  const submit = async () => {
    if (choice === 'move' && !moveTo) return setError('Choose the tag that receives the annotations.');
    setSaving(true);
    const failure = await deleteTag(
      choice === 'move' ? { tagId: tag.id, moveTo } : { tagId: tag.id, deleteAnnotations: true },
    );
    setSaving(false);
    if (failure) return setError(failure);
    onDeleted();
  };

  return (
    <ModalDialog title={`Delete “${tag.name}”`} onClose={onClose} onSubmit={() => void submit()}>
      <p className="dialog-hint">
        {subtree.subTagCount > 0
          ? `Its ${countOf(subtree.subTagCount, 'sub-tag')} go with it. Together they have ${n}.`
          : `It has ${n}.`}
      </p>
      <fieldset className="delete-choices">
        <legend className="sr-only">What happens to the annotations</legend>
        <div className="choice">
          <label>
            <input
              type="radio"
              name="delete-choice"
              checked={choice === 'move'}
              disabled={!canMove}
              onChange={() => setChoice('move')}
            />
            Move its {n} to:
          </label>
          <TagSelect
            ariaLabel="Tag that receives the annotations"
            value={moveTo}
            exclude={inSubtree}
            emptyOption="Choose a tag…"
            disabled={choice !== 'move'}
            onChange={setMoveTo}
          />
        </div>
        <label className="choice">
          <input type="radio" name="delete-choice" checked={choice === 'delete'} onChange={() => setChoice('delete')} />
          Delete its {n}
        </label>
      </fieldset>
      <DialogFooter
        error={error}
        onCancel={onClose}
        submitLabel="Delete tag"
        busyLabel="Deleting…"
        busy={saving}
        danger
      />
    </ModalDialog>
  );
}
