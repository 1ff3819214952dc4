import { useMemo, useState } from 'react';
import { descendantIds, tagPathLabel } from '../../../../shared/codebook/tag-tree.ts';
import type { Tag } from '../../../../shared/model/codebook.ts';
import { useAppStore } from '../../store/app-store.ts';
import { countOf } from '../../ui/count-of.ts';
import { TagSelect } from './TagSelect.tsx';
import { FieldError } from '../../ui/FieldError.tsx';
import { askToConfirm } from '../../ui/confirm-store.ts';

interface Props {
  tag: Tag;
  /** Called with the tag merged into, which then holds the coding: the editor shows it next. */
  onMerged: (intoId: string) => void;
}

/**
 * Folds this tag into another (two codes that turned out to be one): its
 * annotations take the other tag and its sub-tags move under it. Its own
 * sub-tags cannot be the target, as the tag would end up under itself.
 */
export function MergeTagControl({ tag, onMerged }: Props) {
  const tags = useAppStore((s) => s.codebook.tags);
  const usage = useAppStore((s) => s.tagUsage);
  const mergeTags = useAppStore((s) => s.mergeTags);
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  const below = useMemo(() => descendantIds(tags, tag.id), [tags, tag.id]);
  const excluded = useMemo(() => new Set([tag.id, ...below]), [tag.id, below]);

  const merge = async () => {
    if (!target) return setError('Choose the tag to merge into.');
    const into = tagPathLabel(tags, target);
    const moved = countOf(usage[tag.id] ?? 0, 'annotation');
    const subTags = below.length ? ` Its ${countOf(below.length, 'sub-tag')} move under “${into}”.` : '';
    const question = `Merge “${tag.name}” into “${into}”?\n\n${moved} move to “${into}”.${subTags} “${tag.name}” is then removed.`;
    if (!(await askToConfirm(question, { confirmLabel: 'Merge' }))) return;
    const failure = await mergeTags(tag.id, target);
    setError(failure);
    if (!failure) onMerged(target);
  };

  return (
    <div className="merge-control">
      <label htmlFor="tag-merge-target">Merge into…</label>
      <TagSelect
        id="tag-merge-target"
        value={target}
        exclude={excluded}
        emptyOption="Choose a tag…"
        onChange={(id) => {
          setTarget(id);
          setError(null);
        }}
      />
      <button type="button" className="quiet" onClick={() => void merge()} disabled={!target}>
        Merge
      </button>
      <FieldError message={error} />
    </div>
  );
}
