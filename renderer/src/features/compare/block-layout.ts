import type { ComparisonIndex } from './comparison-index.ts';
import { type Mark, segmentize } from './segments.ts';

/** A piece of a line drawn with one style: what covers it, innermost unit first. */
export interface Piece {
  start: number;
  end: number;
  /** The units over this piece, the shortest first (a click selects it, the next click the one around it). */
  units: number[];
  /** The units that begin here (in a column: whose mark for that coder begins here): their sign goes before the piece. */
  starts: number[];
  /** Stacked: which coders' annotations cover it, by coder index. Columns: only the column's coder. */
  coders: boolean[];
  /** Columns: the tag of the column coder's innermost annotation here; null where they marked nothing. */
  tagId: string | null;
}

/** One line of a block (without its line break), as pieces. */
export interface LaidLine {
  start: number;
  end: number;
  pieces: Piece[];
}

interface UnitMark extends Mark {
  unit: number;
  coder: number;
  tagId: string | null;
}

/**
 * A block laid out as lines of pieces, for one text with every coder
 * (`coder` null: stacked) or for one coder's column. In a column a unit the
 * coder has no part in is still marked, as absent, so the columns line up
 * unit by unit. Pure, so the drawing is tested without a DOM.
 */
export function layBlock(index: ComparisonIndex, block: number, coder: number | null): LaidLine[] {
  const { start, end } = index.blocks[block] ?? { start: 0, end: 0 };
  const marks: UnitMark[] = [];
  for (const unit of index.unitsByBlock[block] ?? []) {
    const members = index.members[unit] ?? [];
    const u = index.units[unit];
    if (!u) continue;
    if (coder === null) {
      members.forEach((a, c) => {
        if (a) marks.push({ start: a.start, end: a.end, unit, coder: c, tagId: a.tagId });
      });
    } else {
      const a = members[coder];
      marks.push(
        a
          ? { start: a.start, end: a.end, unit, coder, tagId: a.tagId }
          : { start: u.start, end: u.end, unit, coder: -1, tagId: null },
      );
    }
  }
  const length = (unit: number) => {
    const u = index.units[unit];
    return u ? u.end - u.start : 0;
  };
  const coderCount = index.coderIds.length;
  const lines: LaidLine[] = [];
  let lineStart = start;
  while (lineStart <= end) {
    const breakAt = index.text.indexOf('\n', lineStart);
    const lineEnd = breakAt < 0 || breakAt >= end ? end : breakAt;
    const pieces = segmentize(lineStart, lineEnd, marks).map((segment): Piece => {
      const cover = segment.cover.map((i) => marks[i] as UnitMark);
      const units = [...new Set(cover.map((m) => m.unit))].sort((a, b) => length(a) - length(b) || a - b);
      // Stacked, a unit's sign stands once, where the unit begins; in a column, where that coder's mark begins.
      const starts = units.filter((u) =>
        coder === null
          ? index.units[u]?.start === segment.start
          : cover.some((m) => m.unit === u && m.start === segment.start),
      );
      const coders = Array.from({ length: coderCount }, (_, c) => cover.some((m) => m.coder === c));
      const inner = cover.filter((m) => m.coder >= 0).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
      return { start: segment.start, end: segment.end, units, starts, coders, tagId: inner?.tagId ?? null };
    });
    lines.push({ start: lineStart, end: lineEnd, pieces });
    if (lineEnd >= end || breakAt < 0) break;
    lineStart = lineEnd + 1;
    // A block ends just after a line break: no empty line after it.
    if (lineStart === end) break;
  }
  return lines;
}
