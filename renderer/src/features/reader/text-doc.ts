import { type Node, Schema } from 'prosemirror-model';

/**
 * The Reader's schema: a document of paragraphs of plain text, one
 * paragraph per line of the stored text. Nothing else: the text is the
 * source of truth and annotations are drawn over it as decorations.
 */
export const readerSchema = new Schema({
  nodes: {
    doc: { content: 'paragraph+' },
    paragraph: { content: 'text*', toDOM: () => ['p', 0], parseDOM: [{ tag: 'p' }] },
    text: {},
  },
});

/**
 * A text shown as a ProseMirror document, with the mapping between text
 * offsets (UTF-16, what annotations store) and ProseMirror positions. Line i
 * becomes paragraph i, whose content starts at offset lineStart[i] and at
 * position lineStart[i] + i + 1 (each earlier line's "\n" is replaced by a
 * paragraph close and open: one more position per line, plus the first open).
 */
export class TextDoc {
  readonly doc: Node;
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    const lines = text.split('\n');
    this.lineStarts = new Array(lines.length);
    let at = 0;
    const paragraphs = lines.map((line, i) => {
      this.lineStarts[i] = at;
      at += line.length + 1;
      return readerSchema.nodes.paragraph.create(null, line ? readerSchema.text(line) : null);
    });
    this.doc = readerSchema.nodes.doc.create(null, paragraphs);
  }

  /** The ProseMirror position of a text offset. */
  toPos(offset: number): number {
    const line = lastAtOrBefore(this.lineStarts, (i) => this.lineStarts[i] as number, offset);
    return offset + line + 1;
  }

  /** The text offset of a ProseMirror position (positions between paragraphs go to the next line's start). */
  toOffset(pos: number): number {
    const line = lastAtOrBefore(this.lineStarts, (i) => (this.lineStarts[i] as number) + i + 1, pos);
    const offset = pos - line - 1;
    const lineStart = this.lineStarts[line] as number;
    const nextLineStart = this.lineStarts[line + 1] ?? this.text.length;
    return Math.max(lineStart, Math.min(offset, nextLineStart));
  }
}

/** Binary search: the last index whose key is <= value (0 if none). */
function lastAtOrBefore(items: readonly unknown[], key: (i: number) => number, value: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (key(mid) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
