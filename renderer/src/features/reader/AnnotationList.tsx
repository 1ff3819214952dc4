import type { Annotation } from '../../../../shared/model/annotation.ts';
import { useAppStore } from '../../store/app-store.ts';
import { VirtualList } from '../../ui/VirtualList.tsx';

/** The open document's annotations in text order: click one to jump to it, × to delete it. */
export function AnnotationList() {
  const annotations = useAppStore((s) => s.reader?.annotations ?? noAnnotations);
  const selectedId = useAppStore((s) => s.selectedAnnotationId);
  const selectAnnotation = useAppStore((s) => s.selectAnnotation);
  const tags = useAppStore((s) => s.codebook.tags);
  const unsaved = useAppStore((s) => s.unsaved);
  const deleteAnnotation = useAppStore((s) => s.deleteAnnotation);
  const tagOf = (id: string) => tags.find((t) => t.id === id);

  return (
    <section className="annotation-list-section" aria-label="All annotations">
      <h2>
        Annotations <span className="count">{annotations.length}</span>
      </h2>
      {annotations.length === 0 ? (
        <p className="empty-hint">Select text, then press a tag’s key or click the tag above.</p>
      ) : (
        <VirtualList
          items={annotations}
          rowHeight={64}
          keyOf={(a) => a.id}
          label="Annotations in text order"
          className="annotation-list"
          renderRow={(a: Annotation) => {
            const tag = tagOf(a.tagId);
            return (
              <div
                className={`annotation-row${unsaved.has(a.id) ? ' unsaved' : ''}${a.id === selectedId ? ' selected' : ''}${a.orphaned ? ' orphaned' : ''}`}
                data-annotation-id={a.id}
              >
                <button type="button" className="annotation-jump" onClick={() => selectAnnotation(a.id, true)}>
                  <span className="tag-chip" style={{ backgroundColor: tag?.color ?? '#888' }} />
                  <span className="annotation-tag">{tag?.name ?? 'Unknown tag'}</span>
                  <span className="annotation-quote">{a.quote.exact}</span>
                </button>
                <button
                  type="button"
                  className="annotation-delete"
                  aria-label={`Delete ${tag?.name ?? ''} annotation “${a.quote.exact.slice(0, 40)}”`}
                  title="Delete annotation"
                  onClick={() => deleteAnnotation(a.id)}
                >
                  ×
                </button>
              </div>
            );
          }}
        />
      )}
    </section>
  );
}

const noAnnotations: Annotation[] = [];
