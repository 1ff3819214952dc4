import { TextSelection } from 'prosemirror-state';
import type { Annotation } from '../../../../shared/model/annotation.ts';
import { t } from '../../i18n/i18n.ts';
import { type AppState, useAppStore } from '../../store/app-store.ts';
import type { ReaderHandle } from './ProseReader.tsx';
import { selectionOffsets } from './selection-offsets.ts';
import { refuseReadOnly, selectShownAnnotations } from '../../store/reader-slice.ts';

/**
 * The Reader's command keys (the codebook's tag shortcuts aside), as one
 * function per key. Each reads the store when pressed, so none holds on to
 * stale state. Returns false for a key it does not handle.
 */
export function runReaderKey(key: string, handle: ReaderHandle | null): boolean {
  const state = useAppStore.getState();
  const selected = state.reader?.annotations.find((a) => a.id === state.selectedAnnotationId);
  // A colleague's annotation is read-only: a key that would change it says so instead.
  const own = () => !selected || !refuseReadOnly(useAppStore.getState, selected);
  const needStatement = (prompt: 'speaker' | 'addressee' | 'stance') => {
    if (!own()) return;
    const kind = selected && state.codebook.tags.find((tag) => tag.id === selected.tagId)?.kind;
    if (kind === 'statement') state.setPrompt(prompt);
    else state.notify('info', t('reader:selectStatementFirst'));
  };
  const needSelection = (then: () => void) => {
    if (handle && selectionOffsets(handle.view, handle.textDoc)) then();
    else state.notify('info', t('reader:selectTextFirst'));
  };
  switch (key) {
    case '?':
      state.setPrompt('help');
      return true;
    case 'Escape':
      handle?.view.dom.ownerDocument.getSelection()?.removeAllRanges();
      if (handle) collapseCaret(handle);
      state.selectAnnotation(null);
      return true;
    case 'Delete':
    case 'Backspace':
      if (selected && own()) void state.deleteAnnotation(selected.id);
      return true;
    case 'n':
    case 'p':
      step(state, handle, key === 'n' ? 1 : -1);
      return true;
    case 's':
      needStatement('speaker');
      return true;
    case 'r':
      needStatement('addressee');
      return true;
    case 't':
      needStatement('stance');
      return true;
    case 'a':
      // With words selected, a new mention (mine); else the selected mention's actor, if it is mine.
      if (handle && selectionOffsets(handle.view, handle.textDoc)) state.setPrompt('mention');
      else if (
        selected?.actorId !== undefined ||
        (selected && state.codebook.tags.find((tag) => tag.id === selected.tagId)?.kind === 'actor-mention')
      ) {
        if (own()) state.setPrompt('mention');
      } else needSelection(() => state.setPrompt('mention'));
      return true;
    case 'c':
      needSelection(() => state.setPrompt('create-actor'));
      return true;
    case 'g':
      needSelection(() => state.setPrompt('tag'));
      return true;
    case 'l':
      if (selected) state.setPrompt('link');
      else state.notify('info', t('reader:selectAnnotationToLink'));
      return true;
    case 'm':
      if (selected) {
        if (own()) state.focusMemo(selected.id);
      } else (document.getElementById('document-memo') as HTMLElement | null)?.focus();
      return true;
    default:
      return false;
  }
}

/** Selects the next (or previous) annotation after the selected one, or after the caret. */
function step(state: AppState, handle: ReaderHandle | null, direction: 1 | -1): void {
  const list = selectShownAnnotations(state).filter((a) => !a.orphaned);
  if (list.length === 0) {
    state.notify('info', t('reader:noAnnotationsYet'));
    return;
  }
  let index = list.findIndex((a) => a.id === state.selectedAnnotationId);
  if (index < 0) {
    const caret = handle ? handle.textDoc.toOffset(handle.view.state.selection.head) : 0;
    const after = list.findIndex((a) => a.start >= caret);
    index = direction === 1 ? (after < 0 ? list.length : after) - 1 : after < 0 ? list.length : after;
  }
  let next = list[index + direction];
  if (!next) {
    // Round again, and say so: a researcher going through a document with n expects to come back to the start.
    next = (direction === 1 ? list[0] : list.at(-1)) as Annotation;
    state.notify('info', direction === 1 ? t('reader:pastLast') : t('reader:beforeFirst'));
  }
  state.selectAnnotation(next.id, true);
  if (handle) placeCaret(handle, next);
}

/** Puts the caret at the end of an annotation, so a keyboard selection can go on from there. */
function placeCaret(handle: ReaderHandle, annotation: Annotation): void {
  const { view, textDoc } = handle;
  const pos = textDoc.toPos(annotation.end);
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos)));
}

function collapseCaret(handle: ReaderHandle): void {
  const { view } = handle;
  const head = view.state.selection.head;
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, head)));
}
