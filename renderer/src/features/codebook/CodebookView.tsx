import { useState } from 'react';
import type { Tag } from '../../../../shared/model/codebook.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { CodebookFileButtons } from './CodebookFileButtons.tsx';
import { DeleteTagDialog } from './DeleteTagDialog.tsx';
import { NewTagDialog } from './NewTagDialog.tsx';
import { TagEditor } from './TagEditor.tsx';
import { TagTree } from './TagTree.tsx';
import './codebook.css';

/** Which dialog is open: adding a tag (under a parent, or at the top level), or deleting one with annotations. */
type Dialog = { kind: 'add'; parentId: string | null } | { kind: 'delete'; tag: Tag } | null;

/**
 * The codebook editor (#/codebook): the tag tree on the left, the selected
 * tag's properties on the right, import and export of the codebook above.
 */
export function CodebookView() {
  const tags = useAppStore((s) => s.codebook.tags);
  const usage = useAppStore((s) => s.tagUsage);
  const { t } = useT();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const selected = tags.find((tag) => tag.id === selectedId) ?? null;
  const annotationCount = Object.values(usage).reduce((sum, n) => sum + n, 0);

  return (
    <div className="codebook-view">
      {/* Inert behind a dialog: neither clickable nor in the accessibility tree. */}
      <div className="codebook-main" inert={dialog !== null} aria-hidden={dialog !== null || undefined}>
        <header className="view-header">
          <div>
            <h1>{t('codebook:title')}</h1>
            <p className="view-sub">
              {t('codebook:tagCount', { count: tags.length })} ·{' '}
              {t('codebook:annotationCount', { count: annotationCount })}
            </p>
          </div>
          <div className="view-toolbar">
            <button type="button" className="primary" onClick={() => setDialog({ kind: 'add', parentId: null })}>
              {t('codebook:addTag')}
            </button>
            <CodebookFileButtons onImportResult={setImportError} />
          </div>
        </header>
        {importError && (
          <p className="form-error import-error" role="alert">
            {importError}
            <button type="button" className="link-button" onClick={() => setImportError(null)}>
              {t('codebook:dismiss')}
            </button>
          </p>
        )}
        <div className="codebook-panes">
          <nav className="codebook-tree-pane" aria-label={t('codebook:tree')}>
            <TagTree selectedId={selectedId} onSelect={setSelectedId} />
          </nav>
          <div className="codebook-detail-pane">
            {selected ? (
              <TagEditor
                key={selected.id}
                tag={selected}
                onSelect={setSelectedId}
                onAddSubTag={(parentId) => setDialog({ kind: 'add', parentId })}
                onDeleteWithAnnotations={(tag) => setDialog({ kind: 'delete', tag })}
              />
            ) : (
              <p className="empty-hint">{t('codebook:chooseTagHint')}</p>
            )}
          </div>
        </div>
      </div>

      {dialog?.kind === 'add' && (
        <NewTagDialog parentId={dialog.parentId} onClose={() => setDialog(null)} onCreated={setSelectedId} />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteTagDialog
          tag={dialog.tag}
          onClose={() => setDialog(null)}
          onDeleted={() => {
            setDialog(null);
            setSelectedId(dialog.tag.parent);
          }}
        />
      )}
    </div>
  );
}
