import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { filterDocuments, sortDocuments, tagAndDescendants } from '../../../../shared/library/filter-documents.ts';
import type { DocumentSummary } from '../../../../shared/model/document.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useT } from '../../i18n/i18n.ts';
import { AddTextDialog } from './AddTextDialog.tsx';
import { RenameProjectDialog } from './RenameProjectDialog.tsx';
import { BulkDetailsDialog } from './BulkDetailsDialog.tsx';
import { DocumentDetailsDialog } from './DocumentDetailsDialog.tsx';
import { DocumentTable } from './DocumentTable.tsx';
import { LibraryFilterBar } from './LibraryFilterBar.tsx';
import { ProblemsBanner } from './ProblemsBanner.tsx';
import { SampleTextsNotice } from './SampleTextsNotice.tsx';
import { confirmDocumentDeletion } from './confirm-deletion.ts';
import { ExportBundleDialog } from '../bundles/ExportBundleDialog.tsx';
import { markCurationDone } from '../curation/mark-curation-done.ts';
import { curationStatusOf } from '../../../../shared/library/curation-status.ts';

type Dialog = { kind: 'add' } | { kind: 'edit'; documentId: string } | { kind: 'bulk' } | { kind: 'rename' } | null;

/**
 * Where the table was scrolled to, so that coming back from the Reader
 * lands on the same rows. Outside the store: it changes on every scroll
 * event and nothing else needs it.
 */
let savedScrollTop = 0;

/** The project's documents as a table to filter, sort, select and edit; click one to open it. */
export function LibraryView() {
  const { t, language } = useT();
  const documents = useAppStore((s) => s.documents);
  const project = useAppStore((s) => s.project);
  const navigate = useAppStore((s) => s.navigate);
  const tags = useAppStore((s) => s.codebook.tags);
  const filter = useAppStore((s) => s.libraryFilter);
  const sort = useAppStore((s) => s.librarySort);
  const setSort = useAppStore((s) => s.setLibrarySort);
  const [dialog, setDialog] = useState<Dialog>(null);
  const exportingBundle = useAppStore((s) => s.bundleExportOpen);
  const selection = useAppStore((s) => s.librarySelection);
  const setSelection = useAppStore((s) => s.setLibrarySelection);
  /** The last row whose checkbox was clicked, for Shift-click ranges (in the list it was clicked in). */
  const anchor = useRef<{ rows: readonly DocumentSummary[]; index: number } | null>(null);

  // Sorted once per change of documents or order; filtered on each keystroke, in
  // the background of typing (deferred), which keeps the sorted order.
  const sorted = useMemo(() => sortDocuments(documents, sort, language), [documents, sort, language]);
  const shownFilter = useDeferredValue(filter);
  const tagIds = useMemo(
    () => (shownFilter.tagId ? tagAndDescendants(tags, shownFilter.tagId) : null),
    [tags, shownFilter.tagId],
  );
  const shown = useMemo(() => filterDocuments(sorted, shownFilter, tagIds), [sorted, shownFilter, tagIds]);

  const selected = useMemo(() => documents.filter((d) => selection.has(d.id)), [documents, selection]);
  const selectedShown = useMemo(() => {
    let n = 0;
    for (const d of shown) if (selection.has(d.id)) n++;
    return n;
  }, [shown, selection]);

  const toggle = (documentId: string, index: number, range: boolean) => {
    const from = range && anchor.current?.rows === shown ? anchor.current.index : index;
    const select = !selection.has(documentId);
    const next = new Set(selection);
    for (let i = Math.min(from, index); i <= Math.max(from, index); i++) {
      const id = shown[i]?.id;
      if (!id) continue;
      if (select) next.add(id);
      else next.delete(id);
    }
    anchor.current = { rows: shown, index };
    setSelection(next);
  };
  const selectAllShown = (select: boolean) => {
    const next = new Set(selection);
    for (const d of shown) {
      if (select) next.add(d.id);
      else next.delete(d.id);
    }
    setSelection(next);
  };

  /** Asks, deletes, and lets go of the deleted documents' ticks (undo brings the documents back unticked). */
  const remove = async (documents: readonly DocumentSummary[]) => {
    if (!(await confirmDocumentDeletion(documents))) return;
    const gone = new Set(documents.map((d) => d.id));
    setSelection((current) => new Set([...current].filter((id) => !gone.has(id))));
  };

  const editing = dialog?.kind === 'edit' ? documents.find((d) => d.id === dialog.documentId) : undefined;
  const close = () => setDialog(null);
  const hiddenSelected = selected.length - selectedShown;
  const documentCount = t('library:documentCount', { count: documents.length });
  // The coder's name in bold wherever the language puts it in the sentence.
  const [beforeName = '', afterName = ''] = t('library:codingAs', { documents: documentCount, name: '\u0000' }).split(
    '\u0000',
  );

  return (
    <div className="library">
      {/* Inert behind a dialog: neither clickable nor in the accessibility tree. */}
      <div
        className="library-main"
        inert={dialog !== null || exportingBundle}
        aria-hidden={dialog !== null || exportingBundle || undefined}
      >
        <header className="library-header">
          <div>
            <div className="library-title">
              <h1>{project?.name ?? t('library:title')}</h1>
              <button
                type="button"
                className="rename-project"
                aria-label={t('library:renameProject')}
                title={t('library:renameProject')}
                onClick={() => setDialog({ kind: 'rename' })}
              >
                ✎
              </button>
            </div>
            <p className="library-sub">
              {beforeName}
              <strong>{project?.coder.name}</strong>
              {afterName}
            </p>
          </div>
          <div className="library-actions">
            <button type="button" onClick={() => useAppStore.getState().openBundleExport()}>
              {t('bundleUi:exportButtonLibrary')}
            </button>
            <button type="button" onClick={() => void useAppStore.getState().openBundleImport()}>
              {t('bundleUi:importButtonLibrary')}
            </button>
            <button type="button" onClick={() => void useAppStore.getState().openImport()}>
              {t('library:importFiles')}
            </button>
            <button type="button" className="primary" onClick={() => setDialog({ kind: 'add' })}>
              {t('library:addText')}
            </button>
          </div>
        </header>
        <ProblemsBanner />
        <SampleTextsNotice />
        <LibraryFilterBar />
        <div className="library-status">
          <p aria-live="polite">{t('library:showing', { shown: shown.length, documents: documentCount })}</p>
          {selected.length > 0 && (
            <section className="selection-bar" aria-label={t('library:selectedDocuments')}>
              <span>
                {hiddenSelected > 0
                  ? t('library:selectedHidden', { count: selected.length, hidden: hiddenSelected })
                  : t('library:selected', { count: selected.length })}
              </span>
              <span aria-hidden="true">·</span>
              <button type="button" className="text-button" onClick={() => setDialog({ kind: 'bulk' })}>
                {t('library:editDetailsMenu')}
              </button>
              <span aria-hidden="true">·</span>
              <button
                type="button"
                className="text-button"
                data-testid="mark-curation-done"
                disabled={selected.every((d) => curationStatusOf(d) === 'done')}
                onClick={() => void markCurationDone(selected)}
              >
                {t('curationView:markDone')}
              </button>
              <span aria-hidden="true">·</span>
              <button type="button" className="text-button danger" onClick={() => void remove(selected)}>
                {t('library:deleteMenu')}
              </button>
              <span aria-hidden="true">·</span>
              <button type="button" className="text-button" onClick={() => setSelection(new Set())}>
                {t('library:clearSelection')}
              </button>
            </section>
          )}
          {sort.column !== 'added' && (
            <button
              type="button"
              className="text-button sort-reset"
              onClick={() => setSort({ column: 'added', direction: 'asc' })}
            >
              {t('library:orderAdded')}
            </button>
          )}
        </div>
        <DocumentTable
          shown={shown}
          sort={sort}
          onSort={setSort}
          selection={selection}
          selectedShown={selectedShown}
          onToggle={toggle}
          onSelectAllShown={selectAllShown}
          onOpen={(documentId) => navigate({ view: 'reader', documentId })}
          onEdit={(documentId) => setDialog({ kind: 'edit', documentId })}
          onDelete={(document) => void remove([document])}
          scrollResetKey={`${sort.column} ${sort.direction} ${JSON.stringify(shownFilter)}`}
          initialScrollTop={savedScrollTop}
          onScrollTop={(top) => {
            savedScrollTop = top;
          }}
          empty={
            documents.length === 0 ? (
              <p className="empty-hint">{t('library:empty')}</p>
            ) : (
              <p className="empty-hint">{t('library:noMatch')}</p>
            )
          }
        />
      </div>
      {dialog?.kind === 'add' && <AddTextDialog onClose={close} />}
      {dialog?.kind === 'rename' && <RenameProjectDialog onClose={close} />}
      {editing && <DocumentDetailsDialog document={editing} onClose={close} />}
      {dialog?.kind === 'bulk' && <BulkDetailsDialog documents={selected} onClose={close} />}
      {exportingBundle && <ExportBundleDialog shown={shown} ticked={selected} />}
    </div>
  );
}
