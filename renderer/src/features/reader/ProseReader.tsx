import { EditorState, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { useEffect, useRef, useState } from 'react';
import type { Annotation } from '../../../../shared/model/annotation.ts';
import type { Document } from '../../../../shared/model/document.ts';
import { t } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { measureNextFrame, performanceMarks } from '../../store/performance-marks.ts';
import { annotationKey, annotationPlugin, diffAnnotations } from './annotation-plugin.ts';
import { flashKey, flashPlugin } from './flash-plugin.ts';
import { badgesKey, linkBadgeKey, linkBadgePlugin, linkBadges } from './link-badge-plugin.ts';
import { HoverCard, type HoverInfo } from './HoverCard.tsx';
import { annotationsAt, OverlapLayers } from './overlap-layers.ts';
import { selectedKey, selectedPlugin } from './selected-plugin.ts';
import { TextDoc } from './text-doc.ts';
import { TextEditTracker } from './text-edit-tracker.ts';
import { keepInView } from './keep-in-view.ts';
import { selectShownAnnotations } from '../../store/reader-slice.ts';
import { coderColor } from '../../ui/coder-color.ts';

export interface ReaderHandle {
  view: EditorView;
  textDoc: TextDoc;
  /** Present while the text is being edited: the corrections so far. */
  tracker: TextEditTracker | null;
}

interface Props {
  document: Document;
  /** True in "Edit text" mode; the view is rebuilt when it changes. */
  editing: boolean;
  /** Receives the live view and its text mapping (null when unmounted). */
  onReady: (handle: ReaderHandle | null) => void;
}

const FLASH_MS = 1200;

/**
 * The document's text in a ProseMirror view. Outside "Edit text" mode the
 * text cannot change, but it is a caret-browsing surface (contenteditable
 * with every input refused), so a selection can be made with the keyboard
 * as well as the mouse. The view is created once per document and mode;
 * afterwards annotation changes in the store reach it as incremental
 * decoration updates, never as a re-render of the text.
 */
export function ProseReader({ document, editing, onReady }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<HoverInfo | null>(null);

  useEffect(() => {
    if (!host.current) return;
    const textDoc = new TextDoc(document.text);
    const initial = useAppStore.getState();
    const tags = new Map(initial.codebook.tags.map((t) => [t.id, t]));
    // The annotations of the layers shown (mine, and the colleagues' chosen): all this view draws.
    let shown: readonly Annotation[] = selectShownAnnotations(initial);
    const me = initial.project?.coder.id;
    const coders = initial.project?.coders ?? [];
    const layers = new OverlapLayers(shown);
    const tracker = editing ? new TextEditTracker(document.text) : null;
    // No badges while the text is edited: they would mark spans that are moving.
    const linksOf = (state: typeof initial) =>
      state.documentLinksOf === document.id && !tracker ? state.documentLinks : [];
    const firstBadges = linkBadges(shown, linksOf(initial));
    let badged = badgesKey(firstBadges);
    const view: EditorView = new EditorView(host.current, {
      state: EditorState.create({
        doc: textDoc.doc,
        plugins: [
          annotationPlugin({
            textDoc,
            annotations: shown,
            colorOf: (id) => tags.get(id)?.color ?? '#888888',
            layerOf: (a) => layers.layerOf(a.id),
            coderColorOf: (a) => (a.coderId === me ? null : coderColor(coders, a.coderId)),
          }),
          flashPlugin(),
          selectedPlugin(),
          linkBadgePlugin(textDoc, firstBadges, (count) => ({
            label: t('reader:badge', { count }),
            title: t('reader:badgeTitle', { count }),
          })),
        ],
      }),
      editable: () => true,
      attributes: {
        class: editing ? 'reader-text editing' : 'reader-text',
        'aria-label': editing ? t('reader:documentTextEditing') : t('reader:documentText'),
        'aria-readonly': editing ? 'false' : 'true',
        spellcheck: editing ? 'true' : 'false',
        // Read by isTypingTarget: shortcut keys work here unless the text is being edited.
        ...(editing ? {} : { 'data-caret-only': 'true' }),
      },
      dispatchTransaction: (tr) => {
        // Outside edit mode nothing may change the text (paste, drop, cut, IME…).
        if (tr.docChanged && !tracker) return;
        if (tracker) tracker.record(tr);
        view.updateState(view.state.apply(tr));
      },
      handleDOMEvents: {
        beforeinput: (_view, event) => {
          if (tracker) return false;
          event.preventDefault();
          return true;
        },
      },
      handlePaste: () => !tracker,
      handleDrop: () => !tracker,
      handleClick: (_view, pos) => {
        if (tracker) return false;
        const state = useAppStore.getState();
        const here = annotationsAt(selectShownAnnotations(state), textDoc.toOffset(pos));
        if (here.length === 0) {
          state.selectAnnotation(null);
          return false;
        }
        // Repeated clicks on one spot cycle through every annotation there, innermost first.
        const at = here.findIndex((a) => a.id === state.selectedAnnotationId);
        state.selectAnnotation(here[(at + 1) % here.length]!.id);
        return false;
      },
    });
    // React saves and restores the selection around every commit when the
    // focused element is contenteditable="true", walking all of its text to
    // do so: 20 ms per commit for a 1 MB document. It skips "plaintext-only",
    // which keeps the caret and keyboard selection; input is refused anyway.
    // (ProseMirror sets the attribute only when `editable` changes, which it
    // does not in this mode.)
    if (!tracker) view.dom.setAttribute('contenteditable', 'plaintext-only');
    onReady({ view, textDoc, tracker });
    if (!editing) measureNextFrame(performanceMarks.openFrame, performanceMarks.openStart);

    // Redrawn only when the outlined range changes: every redraw also makes
    // ProseMirror put the caret back where its state says.
    let outlined = '';
    const showSelected = (id: string | null) => {
      const a = id ? shown.find((x) => x.id === id && !x.orphaned) : undefined;
      const range = a ? { from: textDoc.toPos(a.start), to: textDoc.toPos(a.end) } : null;
      const key = range ? `${range.from}-${range.to}` : '';
      if (key === outlined) return;
      outlined = key;
      view.dispatch(view.state.tr.setMeta(selectedKey, range));
    };
    if (!editing) showSelected(initial.selectedAnnotationId);

    let flashTimer: ReturnType<typeof setTimeout> | undefined;
    // The watch that keeps an opened target in view while the text settles (see keepInView).
    let stopKeeping = () => {};
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (tracker) return;
      const annotations = state.reader ? selectShownAnnotations(state) : undefined;
      const redrawn = annotations !== undefined && annotations !== shown;
      if (annotations && redrawn) {
        const { added, removed } = diffAnnotations(shown, annotations);
        shown = annotations;
        for (const id of removed) layers.forget(id);
        layers.placeMany(added, annotations);
        if (removed.length) view.dispatch(view.state.tr.setMeta(annotationKey, { type: 'remove', ids: removed }));
        if (added.length) view.dispatch(view.state.tr.setMeta(annotationKey, { type: 'add', annotations: added }));
        if (state.selectedAnnotationId) showSelected(state.selectedAnnotationId);
      }
      if (state.selectedAnnotationId !== previous.selectedAnnotationId) showSelected(state.selectedAnnotationId);
      if (state.documentLinks !== previous.documentLinks || redrawn) {
        // Redrawn only when a badge comes, goes, moves or changes its count.
        const badges = linkBadges(shown, linksOf(state));
        const key = badgesKey(badges);
        if (key !== badged) {
          badged = key;
          view.dispatch(view.state.tr.setMeta(linkBadgeKey, badges));
        }
      }
      if (state.focus && state.focus !== previous.focus) {
        const { annotationId, range } = state.focus;
        const annotation = annotationId ? shown.find((a) => a.id === annotationId) : undefined;
        const target = annotation && !annotation.orphaned ? annotation : annotationId ? undefined : range;
        if (target && target.end <= textDoc.text.length) {
          const from = textDoc.toPos(target.start);
          const to = textDoc.toPos(target.end);
          let tr = view.state.tr.setMeta(flashKey, { from, to });
          // A search match is selected, ready to be tagged with one key.
          if (!annotationId) tr = tr.setSelection(TextSelection.create(tr.doc, from, to));
          view.dispatch(tr);
          const { node } = view.domAtPos(from);
          const element = node instanceof Element ? node : node.parentElement;
          stopKeeping();
          if (element) stopKeeping = keepInView(element);
          clearTimeout(flashTimer);
          flashTimer = setTimeout(() => view.dispatch(view.state.tr.setMeta(flashKey, null)), FLASH_MS);
        }
      }
    });

    // Hovering lists every annotation under the pointer (checked once per frame).
    let pending = 0;
    const onMove = (event: MouseEvent) => {
      if (tracker || pending) return;
      pending = requestAnimationFrame(() => {
        pending = 0;
        const found = view.posAtCoords({ left: event.clientX, top: event.clientY });
        const here = found ? annotationsAt(shown, textDoc.toOffset(found.pos)) : [];
        setHover(here.length ? { x: event.clientX, y: event.clientY, annotations: here } : null);
      });
    };
    const onLeave = () => setHover(null);
    view.dom.addEventListener('mousemove', onMove);
    view.dom.addEventListener('mouseleave', onLeave);
    // Keyboard first: the caret is in the text as soon as a document opens.
    view.focus();

    return () => {
      stopKeeping();
      unsubscribe();
      cancelAnimationFrame(pending);
      view.dom.removeEventListener('mousemove', onMove);
      view.dom.removeEventListener('mouseleave', onLeave);
      clearTimeout(flashTimer);
      onReady(null);
      view.destroy();
      setHover(null);
    };
  }, [document, editing, onReady]);

  return (
    <>
      <div ref={host} className="reader-host" />
      {hover && <HoverCard info={hover} />}
    </>
  );
}
