import type { Annotation } from '../../../../shared/model/annotation.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { VirtualList } from '../../ui/VirtualList.tsx';
import { selectShownAnnotations } from '../../store/reader-slice.ts';
import { coderColor } from '../../ui/coder-color.ts';
import { coderLabel } from '../../ui/coder-label.ts';

/**
 * The open document's annotations of the shown layers, in text order: click
 * one to jump to it, × to delete it (mine only; a colleague's row names
 * their layer in its colour instead).
 */
export function AnnotationList() {
  const annotations = useAppStore(selectShownAnnotations);
  const project = useAppStore((s) => s.project);
  const selectedId = useAppStore((s) => s.selectedAnnotationId);
  const selectAnnotation = useAppStore((s) => s.selectAnnotation);
  const tags = useAppStore((s) => s.codebook.tags);
  const unsaved = useAppStore((s) => s.unsaved);
  const deleteAnnotation = useAppStore((s) => s.deleteAnnotation);
  const tagOf = (id: string) => tags.find((tag) => tag.id === id);
  const { t } = useT();

  return (
    <section className="annotation-list-section" aria-label={t('reader:allAnnotations')}>
      <h2>
        {t('reader:annotations')} <span className="count">{annotations.length}</span>
      </h2>
      {annotations.length === 0 ? (
        <p className="empty-hint">{t('reader:noAnnotationsHint')}</p>
      ) : (
        <VirtualList
          items={annotations}
          rowHeight={64}
          keyOf={(a) => a.id}
          label={t('reader:inTextOrder')}
          className="annotation-list"
          renderRow={(a: Annotation) => {
            const tag = tagOf(a.tagId);
            const theirs = project && a.coderId !== project.coder.id;
            return (
              <div
                className={`annotation-row${unsaved.has(a.id) ? ' unsaved' : ''}${a.id === selectedId ? ' selected' : ''}${a.orphaned ? ' orphaned' : ''}`}
                data-annotation-id={a.id}
              >
                <button type="button" className="annotation-jump" onClick={() => selectAnnotation(a.id, true)}>
                  <span className="tag-chip" style={{ backgroundColor: tag?.color ?? '#888' }} />
                  <span className="annotation-tag">{tag?.name ?? t('reader:unknownTag')}</span>
                  <span className="annotation-quote">{a.quote.exact}</span>
                </button>
                {theirs ? (
                  <span
                    className="annotation-coder"
                    title={t('reader:readOnlyLayer', { coder: coderLabel(a.coderId, project, t) })}
                    style={{ backgroundColor: coderColor(project.coders, a.coderId) }}
                  />
                ) : (
                  <button
                    type="button"
                    className="annotation-delete"
                    aria-label={t('reader:deleteAnnotationLabel', {
                      tag: tag?.name ?? '',
                      quote: a.quote.exact.slice(0, 40),
                    })}
                    title={t('reader:deleteAnnotation')}
                    onClick={() => deleteAnnotation(a.id)}
                  >
                    ×
                  </button>
                )}
              </div>
            );
          }}
        />
      )}
    </section>
  );
}
