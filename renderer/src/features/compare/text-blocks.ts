/**
 * A long text cut into blocks of whole lines, the unit the Compare view
 * draws: only the blocks near the screen get their text and marks, the rest
 * stand as empty boxes of an estimated height. A 1,000,000-character
 * document is some 250 blocks, so the first frame builds a handful.
 */
export interface TextBlock {
  /** UTF-16 offsets; `end` is just after a line break, or the text's end. */
  start: number;
  end: number;
}

/** About this many characters per block: a screenful or two of prose. */
export const BLOCK_CHARS = 4000;

/**
 * Cuts `text` into blocks of about `target` characters, each ending after a
 * line break. A line longer than twice the target (a text without breaks) is
 * cut after a space instead, or anywhere as a last resort, so no block grows
 * without bound.
 */
export function textBlocks(text: string, target = BLOCK_CHARS): TextBlock[] {
  const blocks: TextBlock[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start + target - 1);
    end = end < 0 ? text.length : end + 1;
    if (end - start > 2 * target) {
      const space = text.lastIndexOf(' ', start + 2 * target);
      end = space > start ? space + 1 : start + 2 * target;
      // Never between the halves of a surrogate pair.
      if (isLowSurrogate(text.charCodeAt(end))) end += 1;
    }
    blocks.push({ start, end: Math.min(end, text.length) });
    start = end;
  }
  return blocks;
}

/** The index of the block holding `offset` (the last block for the text's end). */
export function blockAt(blocks: readonly TextBlock[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((blocks[mid] as TextBlock).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
