import type { EditorView } from 'prosemirror-view';
import { trimRange } from '../../../../shared/anchoring/text-range.ts';
import type { TextDoc } from './text-doc.ts';

/**
 * The text span the user has selected in the Reader, trimmed of white space
 * at both ends, or null. The browser's selection is read directly because a
 * read-only view does not always hand mouse selections to ProseMirror's state.
 */
export function selectionOffsets(view: EditorView, textDoc: TextDoc): { start: number; end: number } | null {
  let from = view.state.selection.from;
  let to = view.state.selection.to;
  const selection = view.dom.ownerDocument.getSelection();
  if (selection && !selection.isCollapsed && selection.rangeCount > 0) {
    const range = selection.getRangeAt(0);
    if (view.dom.contains(range.startContainer) && view.dom.contains(range.endContainer)) {
      try {
        from = view.posAtDOM(range.startContainer, range.startOffset);
        to = view.posAtDOM(range.endContainer, range.endOffset);
      } catch {
        return null;
      }
    }
  }
  if (from === to) return null;
  return trimRange(textDoc.text, textDoc.toOffset(Math.min(from, to)), textDoc.toOffset(Math.max(from, to)));
}
