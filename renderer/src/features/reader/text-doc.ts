import { type Node, Schema } from 'prosemirror-model';

/**
 * The Reader's schema: the text's lines become paragraphs, grouped in
 * blocks of up to LINES_PER_BLOCK. The blocks are for speed only:
 * ProseMirror walks a node's children linearly when it updates
 * decorations or the selection, so a 1 MB text as 2,000 direct children of
 * the document made every new annotation cost ~20 ms; in blocks of 64, an
 * update touches ~32 blocks and the 64 lines of one.
 */
export const readerSchema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    block: { content: 'paragraph+', toDOM: () => ['div', { class: 'text-block' }, 0] },
    paragraph: { content: 'text*', toDOM: () => ['p', 0], parseDOM: [{ tag: 'p' }] },
    text: {},
  },
});

export const LINES_PER_BLOCK = 64;

/**
 * A text shown as a ProseMirror document, with the mapping between text
 * offsets (UTF-16, what annotations store) and ProseMirror positions. Line i
 * starts at offset lineStart[i]; its paragraph's content starts at position
 * lineStart[i] + shift[i], where shift counts the tokens ProseMirror adds
 * before it: one close and one open per earlier line (in place of its "\n"),
 * plus the first paragraph's open, plus two per earlier block and one for
 * its own block's open.
 */
export class TextDoc {
  readonly doc: Node;
  private readonly lineStarts: number[];
  private readonly shifts: number[];

  constructor(readonly text: string) {
    const lines = text.split('\n');
    this.lineStarts = new Array(lines.length);
    this.shifts = new Array(lines.length);
    const { block, paragraph } = readerSchema.nodes;
    const blocks: Node[] = [];
    let at = 0;
    for (let first = 0; first < lines.length; first += LINES_PER_BLOCK) {
      const paragraphs: Node[] = [];
      for (let i = first; i < Math.min(lines.length, first + LINES_PER_BLOCK); i++) {
        const line = lines[i] as string;
        this.lineStarts[i] = at;
        this.shifts[i] = i + 2 * Math.floor(i / LINES_PER_BLOCK) + 2;
        at += line.length + 1;
        paragraphs.push(paragraph.create(null, line ? readerSchema.text(line) : null));
      }
      blocks.push(block.create(null, paragraphs));
    }
    this.doc = readerSchema.nodes.doc.create(null, blocks);
  }

  /** The ProseMirror position of a text offset. */
  toPos(offset: number): number {
    const line = lastAtOrBefore(this.lineStarts.length, (i) => this.lineStarts[i] as number, offset);
    return offset + (this.shifts[line] as number);
  }

  /** The text offset of a ProseMirror position (positions between paragraphs go to the next line's start). */
  toOffset(pos: number): number {
    const line = lastAtOrBefore(
      this.lineStarts.length,
      (i) => (this.lineStarts[i] as number) + (this.shifts[i] as number),
      pos,
    );
    const lineStart = this.lineStarts[line] as number;
    const nextLineStart = this.lineStarts[line + 1] ?? this.text.length;
    return Math.max(lineStart, Math.min(pos - (this.shifts[line] as number), nextLineStart));
  }
}

/** Binary search over 0..count-1: the last index whose key is <= value (0 if none). */
function lastAtOrBefore(count: number, key: (i: number) => number, value: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (key(mid) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
