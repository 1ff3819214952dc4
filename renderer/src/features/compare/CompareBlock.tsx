import { memo, type ReactNode } from 'react';
import { layBlock, type LaidLine, type Piece } from './block-layout.ts';
import { classSigns } from './class-marks.ts';
import type { ComparisonIndex } from './comparison-index.ts';
import type { CompareLayout } from './compare-prefs.ts';
import { laneStyle, tagStyle } from './piece-style.ts';

export interface BlockLook {
  coderColors: readonly string[];
  tagColor: (tagId: string) => string;
  /** The word for each class, for the sign's tooltip. */
  classWord: (unitClass: ComparisonIndex['units'][number]['class']) => string;
}

interface Props {
  index: ComparisonIndex;
  block: number;
  /** False: an empty box of the estimated height, until the block comes near the screen. */
  live: boolean;
  estimate: number;
  layout: CompareLayout;
  /** The selected unit when it lies in this block, else null (so other blocks do not redraw). */
  selected: number | null;
  look: BlockLook;
}

/**
 * One block of the compared text: stacked (one text, every coder's line
 * under each span) or in columns (a row per line, a cell per coder, so the
 * coders' versions of a line sit side by side). Each piece carries its units
 * (data-units) for clicks; each unit's sign stands where its mark begins.
 */
/**
 * Blocks laid out once per comparison: a step redraws the blocks of the unit
 * it leaves and of the one it reaches, and their layout has not changed.
 */
const laidOut = new WeakMap<ComparisonIndex, Map<string, LaidLine[]>>();

function laid(index: ComparisonIndex, block: number, coder: number | null): LaidLine[] {
  let cache = laidOut.get(index);
  if (!cache) {
    cache = new Map();
    laidOut.set(index, cache);
  }
  const key = `${block}:${coder ?? 's'}`;
  let lines = cache.get(key);
  if (!lines) {
    lines = layBlock(index, block, coder);
    cache.set(key, lines);
  }
  return lines;
}

export const CompareBlock = memo(function CompareBlock({
  index,
  block,
  live,
  estimate,
  layout,
  selected,
  look,
}: Props) {
  if (!live) return <div className="cmp-block" data-block={block} style={{ height: estimate }} />;
  if (layout === 'stacked') {
    const lines = laid(index, block, null);
    return (
      <div className="cmp-block" data-block={block}>
        {lines.map((line) => (
          <p key={line.start} className="cmp-line">
            {pieces(index, line, null, selected, look)}
          </p>
        ))}
      </div>
    );
  }
  const columns = index.coderIds.map((_, c) => laid(index, block, c));
  const first = columns[0] ?? [];
  return (
    <div className="cmp-block" data-block={block}>
      {first.map((line, k) => (
        <div
          key={line.start}
          className="cmp-row"
          style={{ gridTemplateColumns: `repeat(${columns.length}, minmax(0, 1fr))` }}
        >
          {columns.map((lines, c) => (
            <p key={index.coderIds[c]} className="cmp-line cmp-cell">
              {pieces(index, lines[k] ?? line, c, selected, look)}
            </p>
          ))}
        </div>
      ))}
    </div>
  );
});

function pieces(
  index: ComparisonIndex,
  line: LaidLine,
  coder: number | null,
  selected: number | null,
  look: BlockLook,
): ReactNode[] {
  const { text, units } = index;
  const out: ReactNode[] = [];
  for (const piece of line.pieces) {
    const words = text.slice(piece.start, piece.end);
    for (const u of piece.starts) {
      const unitClass = units[u]?.class ?? 'agree';
      out.push(
        <span
          key={`s${u}-${piece.start}`}
          className={`cmp-sign sign-${unitClass}`}
          data-units={u}
          title={look.classWord(unitClass)}
        >
          {classSigns[unitClass]}
        </span>,
      );
    }
    if (piece.units.length === 0) {
      out.push(words);
      continue;
    }
    out.push(
      <span
        key={piece.start}
        className={pieceClass(index, piece, coder, selected)}
        data-units={piece.units.join(' ')}
        style={pieceStyle(piece, coder, look)}
      >
        {words}
      </span>,
    );
  }
  return out;
}

function pieceClass(index: ComparisonIndex, piece: Piece, coder: number | null, selected: number | null): string {
  const inner = index.units[piece.units[0] as number];
  const absent = coder !== null && piece.tagId === null;
  let name = `cmp-u cls-${inner?.class ?? 'agree'}`;
  name += coder === null ? ' stacked' : absent ? ' absent' : ' marked';
  if (piece.units.length > 1) name += ' nested';
  if (selected !== null && piece.units.includes(selected)) name += ' selected';
  return name;
}

function pieceStyle(piece: Piece, coder: number | null, look: BlockLook) {
  if (coder === null) return laneStyle(piece.coders, look.coderColors);
  if (piece.tagId === null) return undefined;
  return tagStyle(look.tagColor(piece.tagId), look.coderColors[coder] ?? '#888888');
}
