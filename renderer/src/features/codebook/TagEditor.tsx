import { useMemo, useState } from 'react';
import { descendantIds, tagPathLabel } from '../../../../shared/codebook/tag-tree.ts';
import { type Tag, type TagKind, TagKindSchema } from '../../../../shared/model/codebook.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { ColorField } from './ColorField.tsx';
import { EditableText } from '../../ui/EditableText.tsx';
import { MergeTagControl } from './MergeTagControl.tsx';
import { ReservedKeysLegend } from './ReservedKeysLegend.tsx';
import { ShortcutField } from './ShortcutField.tsx';
import { TagSelect } from './TagSelect.tsx';
import { subtreeUsage } from './tag-usage.ts';
import { FieldError } from '../../ui/FieldError.tsx';
import { askToConfirm } from '../../ui/confirm-store.ts';

interface Props {
  tag: Tag;
  onSelect: (tagId: string | null) => void;
  onAddSubTag: (parentId: string) => void;
  /** Opens the dialog asking what happens to the annotations (only when there are some). */
  onDeleteWithAnnotations: (tag: Tag) => void;
}

/**
 * Every property of one tag. Each field is saved on its own as soon as it
 * is changed (text fields when they lose focus), as one undo step; a
 * refused change shows its reason next to the field.
 */
export function TagEditor({ tag, onSelect, onAddSubTag, onDeleteWithAnnotations }: Props) {
  const tags = useAppStore((s) => s.codebook.tags);
  const usage = useAppStore((s) => s.tagUsage);
  const updateTag = useAppStore((s) => s.updateTag);
  const deleteTag = useAppStore((s) => s.deleteTag);
  const { t } = useT();
  const [errors, setErrors] = useState<Partial<Record<'color' | 'kind' | 'parent' | 'delete', string>>>({});
  const notParent = useMemo(() => new Set([tag.id, ...descendantIds(tags, tag.id)]), [tags, tag.id]);

  const saveField = async (field: keyof typeof errors, change: Omit<Parameters<typeof updateTag>[0], 'tagId'>) => {
    const failure = await updateTag({ tagId: tag.id, ...change });
    setErrors((e) => ({ ...e, [field]: failure ?? undefined }));
  };

  const remove = async () => {
    const subtree = subtreeUsage(tags, usage, tag.id);
    if (subtree.total > 0) return onDeleteWithAnnotations(tag);
    const question = subtree.subTagCount
      ? t('codebook:deleteQuestionSubTags', { name: tag.name, count: subtree.subTagCount })
      : t('codebook:deleteQuestion', { name: tag.name });
    if (!(await askToConfirm(question, { confirmLabel: t('codebook:delete'), danger: true }))) return;
    const failure = await deleteTag({ tagId: tag.id });
    setErrors((e) => ({ ...e, delete: failure ?? undefined }));
    if (!failure) onSelect(tag.parent);
  };

  const own = usage[tag.id] ?? 0;
  return (
    <section className="tag-editor" aria-labelledby="tag-editor-title">
      <header className="tag-editor-head">
        <span className="tag-chip big" style={{ backgroundColor: tag.color }} />
        <h2 id="tag-editor-title">{tagPathLabel(tags, tag.id)}</h2>
        <span className="tag-editor-usage">{t('codebook:annotationCount', { count: own })}</span>
      </header>

      <div className="tag-form">
        <label htmlFor="tag-name">{t('codebook:name')}</label>
        <EditableText
          id="tag-name"
          value={tag.name}
          onSave={(name) =>
            name.trim() ? updateTag({ tagId: tag.id, name: name.trim() }) : Promise.resolve(t('codebook:nameRequired'))
          }
        />

        <label htmlFor="tag-color">{t('codebook:colour')}</label>
        <div className="field-with-error">
          <ColorField id="tag-color" value={tag.color} onSave={(color) => void saveField('color', { color })} />
          <FieldError id="tag-color-error" message={errors.color} />
        </div>

        <label htmlFor="tag-kind">{t('codebook:kind')}</label>
        <div className="field-with-error">
          <select
            id="tag-kind"
            value={tag.kind}
            onChange={(e) => void saveField('kind', { kind: e.target.value as TagKind })}
          >
            {TagKindSchema.options.map((kind) => (
              <option key={kind} value={kind}>
                {t(`codebook:kind-${kind}`)}
              </option>
            ))}
          </select>
          <FieldError id="tag-kind-error" message={errors.kind} />
        </div>

        <label htmlFor="tag-parent">{t('codebook:parent')}</label>
        <div className="field-with-error">
          <TagSelect
            id="tag-parent"
            value={tag.parent ?? ''}
            exclude={notParent}
            emptyOption={t('codebook:topLevel')}
            onChange={(parent) => void saveField('parent', { parent: parent || null })}
          />
          <FieldError id="tag-parent-error" message={errors.parent} />
        </div>

        <label htmlFor="tag-shortcut">{t('codebook:shortcut')}</label>
        <ShortcutField tag={tag} />

        <label htmlFor="tag-description">{t('codebook:description')}</label>
        <EditableText
          id="tag-description"
          multiline
          rows={4}
          value={tag.description}
          placeholder={t('codebook:descriptionPlaceholder')}
          onSave={(description) => updateTag({ tagId: tag.id, description })}
        />
      </div>

      <div className="tag-actions">
        <button type="button" className="quiet" onClick={() => onAddSubTag(tag.id)}>
          {t('codebook:addSubTag')}
        </button>
        <MergeTagControl tag={tag} onMerged={onSelect} />
        <button type="button" className="quiet danger" onClick={() => void remove()}>
          {t('codebook:deleteTag')}
        </button>
      </div>
      <FieldError id="tag-delete-error" message={errors.delete} />

      <ReservedKeysLegend />
    </section>
  );
}
