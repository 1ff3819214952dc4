import { useMemo } from 'react';
import type { Annotation } from '../../../../shared/model/annotation.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { AnnotationList } from './AnnotationList.tsx';
import { AnnotationPanel } from './AnnotationPanel.tsx';
import { MemoField } from './MemoField.tsx';
import { selectShownAnnotations } from '../../store/reader-slice.ts';
import { isOwnRecord } from '../../../../shared/model/layer-owner.ts';
import { coderLabel } from '../../ui/coder-label.ts';

interface Props {
  /** The selected text span, for re-attaching an orphan to it. */
  selection: () => { start: number; end: number } | null;
}

/**
 * The panel beside the text: the selected annotation (or, with none, the
 * document's memo), the orphaned annotations waiting for a decision, and
 * every annotation of the document.
 */
export function SidePanel({ selection }: Props) {
  const selected = useAppStore((s) => s.reader?.annotations.find((a) => a.id === s.selectedAnnotationId));
  const document = useAppStore((s) => s.reader?.document);
  const updateMemo = useAppStore((s) => s.updateDocumentMemo);
  // The shown layers' annotations only: a hidden colleague's orphans are not listed either.
  const annotations = useAppStore(selectShownAnnotations);
  // Derived outside the selector: a selector must return the same value for the same state.
  const orphans = useMemo(() => annotations.filter((a) => a.orphaned), [annotations]);
  const { t } = useT();
  return (
    <aside className="annotation-panel" aria-label={t('reader:panelLabel')}>
      {selected ? (
        <AnnotationPanel annotation={selected} />
      ) : (
        document && (
          <section className="annotation-detail" aria-label={t('reader:documentLabel')}>
            <MemoField
              id="document-memo"
              label={t('reader:documentMemo')}
              keyHint="m"
              value={document.memo ?? ''}
              onSave={updateMemo}
            />
          </section>
        )
      )}
      {orphans.length > 0 && <OrphanList orphans={orphans} selection={selection} />}
      <AnnotationList />
    </aside>
  );
}

/** Annotations whose text a correction deleted: kept with their quote until the user re-attaches or deletes them. */
function OrphanList({ orphans, selection }: { orphans: Annotation[]; selection: Props['selection'] }) {
  const update = useAppStore((s) => s.updateAnnotation);
  const remove = useAppStore((s) => s.deleteAnnotation);
  const notify = useAppStore((s) => s.notify);
  const tags = useAppStore((s) => s.codebook.tags);
  const project = useAppStore((s) => s.project);
  const { t } = useT();
  return (
    <section className="orphans" aria-label={t('reader:orphans')}>
      <h2>
        {t('reader:orphans')} <span className="count">{orphans.length}</span>
      </h2>
      <p className="hint">{t('reader:orphansHint')}</p>
      <ul>
        {orphans.map((a) => (
          <li key={a.id} className="orphan-row">
            <span
              className="tag-chip"
              style={{ backgroundColor: tags.find((tag) => tag.id === a.tagId)?.color ?? '#888' }}
            />
            <q>{a.quote.exact}</q>
            {project && !isOwnRecord(a, project.coder.id) ? (
              // A colleague's orphan is theirs to re-attach or delete.
              <span className="orphan-owner">
                {t('reader:readOnlyLayer', { coder: coderLabel(a.coderId, project, t) })}
              </span>
            ) : (
              <span className="orphan-actions">
                <button
                  type="button"
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => {
                    const span = selection();
                    if (!span) return notify('info', t('reader:reattachFirst'));
                    void update({ annotationId: a.id, start: span.start, end: span.end });
                  }}
                >
                  {t('reader:reattach')}
                </button>
                <button
                  type="button"
                  onClick={() => void remove(a.id)}
                  aria-label={t('reader:deleteOrphan', { quote: a.quote.exact.slice(0, 40) })}
                >
                  {t('reader:delete')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
