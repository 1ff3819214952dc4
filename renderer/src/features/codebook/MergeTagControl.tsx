import { useMemo, useState } from 'react';
import { descendantIds, tagPathLabel } from '../../../../shared/codebook/tag-tree.ts';
import type { Tag } from '../../../../shared/model/codebook.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
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
  const { t } = useT();
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  const below = useMemo(() => descendantIds(tags, tag.id), [tags, tag.id]);
  const excluded = useMemo(() => new Set([tag.id, ...below]), [tag.id, below]);

  const merge = async () => {
    if (!target) return setError(t('codebook:chooseMergeTarget'));
    const into = tagPathLabel(tags, target);
    const details = [
      t('codebook:mergeMoved', { count: usage[tag.id] ?? 0, into }),
      below.length ? t('codebook:mergeSubTags', { count: below.length, into }) : '',
      t('codebook:mergeRemoved', { name: tag.name }),
    ]
      .filter(Boolean)
      .join(' ');
    const question = t('codebook:mergeQuestion', { name: tag.name, into, details });
    if (!(await askToConfirm(question, { confirmLabel: t('codebook:merge') }))) return;
    const failure = await mergeTags(tag.id, target);
    setError(failure);
    if (!failure) onMerged(target);
  };

  return (
    <div className="merge-control">
      <label htmlFor="tag-merge-target">{t('codebook:mergeInto')}</label>
      <TagSelect
        id="tag-merge-target"
        value={target}
        exclude={excluded}
        emptyOption={t('codebook:chooseTag')}
        onChange={(id) => {
          setTarget(id);
          setError(null);
        }}
      />
      <button type="button" className="quiet" onClick={() => void merge()} disabled={!target}>
        {t('codebook:merge')}
      </button>
      <FieldError message={error} />
    </div>
  );
}
