import type { Node } from 'prosemirror-model';

/**
 * The text of a Reader document while it is being edited: its paragraphs
 * joined by "\n", exactly as TextDoc split them. (ProseMirror's own
 * textBetween drops empty paragraphs' line breaks, so it cannot be used.)
 */
export function docText(doc: Node): string {
  const lines: string[] = [];
  doc.descendants((node) => {
    if (node.isTextblock) {
      lines.push(node.textContent);
      return false;
    }
    return true;
  });
  return lines.join('\n');
}

/** The text offset of a position in any Reader document (a position between paragraphs counts as the next line's start). */
export function offsetAt(doc: Node, pos: number): number {
  let offset = 0;
  let result = -1;
  let first = true;
  doc.descendants((node, at) => {
    if (result >= 0) return false;
    if (!node.isTextblock) return true;
    if (!first) offset += 1;
    first = false;
    const start = at + 1;
    const end = start + node.content.size;
    if (pos <= end) result = offset + Math.max(0, pos - start);
    else offset += node.content.size;
    return false;
  });
  return result >= 0 ? result : offset;
}
