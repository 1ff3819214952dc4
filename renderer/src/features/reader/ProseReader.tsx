import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { useEffect, useRef } from 'react';
import type { Annotation } from '../../../../shared/model/annotation.ts';
import type { Document } from '../../../../shared/model/document.ts';
import { useAppStore } from '../../store/app-store.ts';
import { measureNextFrame, performanceMarks } from '../../store/performance-marks.ts';
import { annotationKey, annotationPlugin, diffAnnotations } from './annotation-plugin.ts';
import { flashKey, flashPlugin } from './flash-plugin.ts';
import { TextDoc } from './text-doc.ts';

export interface ReaderHandle {
  view: EditorView;
  textDoc: TextDoc;
}

interface Props {
  document: Document;
  /** Receives the live view and its text mapping (null when unmounted). */
  onReady: (handle: ReaderHandle | null) => void;
}

const FLASH_MS = 1200;

/**
 * The document's text in a read-only ProseMirror view. The view is created
 * once per document; afterwards annotation changes in the store reach it
 * as incremental decoration updates, never as a re-render of the text.
 */
export function ProseReader({ document, onReady }: Props) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!host.current) return;
    const textDoc = new TextDoc(document.text);
    const initial = useAppStore.getState();
    const tags = new Map(initial.codebook.tags.map((t) => [t.id, t]));
    const view = new EditorView(host.current, {
      state: EditorState.create({
        doc: textDoc.doc,
        plugins: [
          annotationPlugin({
            textDoc,
            annotations: initial.reader?.annotations ?? [],
            colorOf: (id) => tags.get(id)?.color ?? '#888888',
            labelOf: (id) => tags.get(id)?.name ?? 'Unknown tag',
          }),
          flashPlugin(),
        ],
      }),
      editable: () => false,
      attributes: { class: 'reader-text', 'aria-label': 'Document text', tabindex: '0' },
    });
    onReady({ view, textDoc });
    measureNextFrame(performanceMarks.openFrame, performanceMarks.openStart);

    let shown: readonly Annotation[] = initial.reader?.annotations ?? [];
    let flashTimer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      const annotations = state.reader?.annotations;
      if (annotations && annotations !== shown) {
        const { added, removed } = diffAnnotations(shown, annotations);
        shown = annotations;
        if (removed.length) view.dispatch(view.state.tr.setMeta(annotationKey, { type: 'remove', ids: removed }));
        if (added.length) view.dispatch(view.state.tr.setMeta(annotationKey, { type: 'add', annotations: added }));
      }
      if (state.focus && state.focus !== previous.focus) {
        const target = shown.find((a) => a.id === state.focus?.annotationId);
        if (target) {
          const from = textDoc.toPos(target.start);
          const to = textDoc.toPos(target.end);
          view.dispatch(view.state.tr.setMeta(flashKey, { from, to }));
          const { node } = view.domAtPos(from);
          const element = node instanceof Element ? node : node.parentElement;
          element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
          clearTimeout(flashTimer);
          flashTimer = setTimeout(() => view.dispatch(view.state.tr.setMeta(flashKey, null)), FLASH_MS);
        }
      }
    });

    return () => {
      unsubscribe();
      clearTimeout(flashTimer);
      onReady(null);
      view.destroy();
    };
  }, [document, onReady]);

  return <div ref={host} className="reader-host" />;
}
