import { useState } from 'react';
import type { DocumentSummary } from '../../../../shared/model/document.ts';
import { useAppStore } from '../../store/app-store.ts';
import { VirtualList } from '../../ui/VirtualList.tsx';
import { AddTextDialog } from './AddTextDialog.tsx';
import { ProblemsBanner } from './ProblemsBanner.tsx';

/** The project's documents: title, date, source and annotation count; click one to open it. */
export function LibraryView() {
  const documents = useAppStore((s) => s.documents);
  const project = useAppStore((s) => s.project);
  const navigate = useAppStore((s) => s.navigate);
  const [adding, setAdding] = useState(false);

  return (
    <div className="library">
      <header className="library-header">
        <div>
          <h1>{project?.name ?? 'Library'}</h1>
          <p className="library-sub">
            {documents.length} {documents.length === 1 ? 'document' : 'documents'} · coding as{' '}
            <strong>{project?.coder.name}</strong>
          </p>
        </div>
        <button type="button" className="primary" onClick={() => setAdding(true)}>
          + Add text
        </button>
      </header>
      <ProblemsBanner />
      <section className="doc-table" aria-label="Documents">
        <div className="doc-row doc-head" aria-hidden="true">
          <span>Title</span>
          <span>Date</span>
          <span>Source</span>
          <span className="num">Annotations</span>
        </div>
        {documents.length === 0 ? (
          <p className="empty-hint">No documents yet. Use “Add text” to paste an article.</p>
        ) : (
          <VirtualList
            items={documents}
            rowHeight={44}
            keyOf={(d) => d.id}
            label="Documents"
            className="doc-list"
            renderRow={(d: DocumentSummary) => (
              <button
                type="button"
                className="doc-row"
                data-document-id={d.id}
                onClick={() => navigate({ view: 'reader', documentId: d.id })}
              >
                <span className="doc-title">{d.title}</span>
                <span>{d.metadata.date ?? ''}</span>
                <span>{d.metadata.source ?? ''}</span>
                <span className="num">{d.annotationCount}</span>
              </button>
            )}
          />
        )}
      </section>
      {adding && <AddTextDialog onClose={() => setAdding(false)} />}
    </div>
  );
}
