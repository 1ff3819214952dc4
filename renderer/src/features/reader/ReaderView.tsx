import { TextSelection } from 'prosemirror-state';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isReservedKey } from '../../../../shared/codebook/shortcuts.ts';
import { t as translate, useT } from '../../i18n/i18n.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { useAppStore } from '../../store/app-store.ts';
import { measureNextFrame, performanceMarks } from '../../store/performance-marks.ts';
import { isConfirming } from '../../ui/confirm-store.ts';
import { isTypingTarget } from '../../ui/is-typing-target.ts';
import { PanelResizer } from '../../ui/PanelResizer.tsx';
import { ProseReader, type ReaderHandle } from './ProseReader.tsx';
import { ReaderPrompts } from './ReaderPrompts.tsx';
import { ReadOnlyNotice } from './ReadOnlyNotice.tsx';
import { runReaderKey } from './reader-keys.ts';
import { SidePanel } from './SidePanel.tsx';
import { selectionOffsets } from './selection-offsets.ts';
import { TagToolbar } from './TagToolbar.tsx';
import { LayersControl } from './LayersControl.tsx';
import { CompareWithButton } from '../compare/CompareWithButton.tsx';
import './reader.css';
import './reader-links.css';

/** A document open for annotation: its text, the tag toolbar and the side panel. */
export function ReaderView() {
  const document = useAppStore((s) => s.reader?.document);
  const loading = useAppStore((s) => s.readerLoading);
  const editing = useAppStore((s) => s.editingText);
  const navigate = useAppStore((s) => s.navigate);
  const documentId = document?.id;
  const { t } = useT();
  const { date } = useFormat();
  const handle = useRef<ReaderHandle | null>(null);
  const onReady = useCallback((h: ReaderHandle | null) => {
    handle.current = h;
  }, []);
  const selection = useCallback(
    () => (handle.current ? selectionOffsets(handle.current.view, handle.current.textDoc) : null),
    [],
  );

  const apply = useCallback((tagId: string, extra?: { actorId?: string }) => {
    const h = handle.current;
    if (!h) return;
    const span = selectionOffsets(h.view, h.textDoc);
    if (!span) {
      useAppStore.getState().notify('info', translate('reader:selectTextThenTag'));
      return;
    }
    performance.mark(performanceMarks.annotateStart);
    // Collapse the selection first: ProseMirror then has no range to restore
    // while it draws the new decoration (measured: 5 ms less per tag), and a
    // mouse press on the tagged words selects anew instead of dragging them.
    // The caret stays at the end of the span, so keyboard selection goes on from there.
    const { state } = h.view;
    h.view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, h.textDoc.toPos(span.end))));
    void useAppStore.getState().annotate(tagId, span.start, span.end, extra);
    measureNextFrame(performanceMarks.annotateFrame, performanceMarks.annotateStart);
  }, []);

  // The links of the open document: for the badges in the text, the hover card and the side panel.
  useEffect(() => {
    if (documentId) void useAppStore.getState().loadDocumentLinks(documentId);
  }, [documentId]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const state = useAppStore.getState();
      // Not while a dialog over the Reader (a picker, the import) has the keyboard.
      if (state.prompt || state.editingText || state.importState || isConfirming()) return;
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      // A Reader command's key wins over a tag that took it before the command existed (l, in older codebooks).
      const key = event.key.toLowerCase();
      const tag = isReservedKey(key) ? undefined : state.codebook.tags.find((t) => t.shortcut === key);
      if (tag) apply(tag.id);
      else if (!runReaderKey(event.key, handle.current)) return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [apply]);

  if (!document) {
    return <div className="reader-loading">{loading ? t('reader:opening') : ''}</div>;
  }
  const meta = [date(document.metadata.date), document.metadata.source, document.metadata.author].filter(Boolean);

  return (
    <div className="reader">
      <header className="reader-header">
        <button type="button" className="back" onClick={() => navigate({ view: 'library' })}>
          {t('reader:backToLibrary')}
        </button>
        <div className="reader-title">
          <h1>{document.title}</h1>
          {meta.length > 0 && <p className="reader-meta">{meta.join(' · ')}</p>}
        </div>
        {!editing && (
          <div className="reader-actions">
            <LayersControl />
            <CompareWithButton documentId={document.id} />
            <button type="button" onClick={() => useAppStore.getState().setPrompt('original')}>
              {t('reader:original')}
            </button>
            <button type="button" onClick={() => useAppStore.getState().setPrompt('cleanup')}>
              {t('reader:cleanUp')}
            </button>
            <button type="button" onClick={() => useAppStore.getState().setEditingText(true)}>
              {t('reader:editText')}
            </button>
          </div>
        )}
      </header>
      <ReadOnlyNotice documentId={document.id} />
      {editing ? <EditBar handle={handle} /> : <TagToolbar onApply={apply} />}
      <div className="reader-body">
        <main className="reader-scroll">
          <ProseReader document={document} editing={editing} onReady={onReady} />
        </main>
        <PanelResizer />
        <SidePanel selection={selection} />
      </div>
      <ReaderPrompts selection={selection} applyTag={apply} />
    </div>
  );
}

/** Shown in "Edit text" mode: what it does, and the buttons that end it. */
function EditBar({ handle }: { handle: React.RefObject<ReaderHandle | null> }) {
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { t } = useT();
  const save = async () => {
    const tracker = handle.current?.tracker;
    const state = useAppStore.getState();
    if (!tracker || !state.reader) return;
    if (!tracker.changed) return state.setEditingText(false);
    setSaving(true);
    setError(await state.saveTextEdit(tracker.changes, tracker.originalText.length));
    setSaving(false);
  };
  return (
    <section className="edit-bar" aria-label={t('reader:editingLabel')}>
      <span>{t('reader:editingExplainer')}</span>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
      <button type="button" onClick={() => useAppStore.getState().setEditingText(false)} disabled={saving}>
        {t('reader:cancel')}
      </button>
      <button type="button" className="primary" onClick={() => void save()} disabled={saving}>
        {t('reader:saveCorrections')}
      </button>
    </section>
  );
}
