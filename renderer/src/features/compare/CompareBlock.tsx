import { memo, type ReactNode } from 'react';
import { layBlock, type LaidLine, type Piece } from './block-layout.ts';
import { classSigns } from './class-marks.ts';
import type { ComparisonIndex } from './comparison-index.ts';
import type { CompareLayout } from './compare-prefs.ts';
import { CuratedRow } from './curate/CuratedRow.tsx';
import type { CurationIndex } from './curate/curation-index.ts';
import { stateSigns } from './curate/curation-marks.ts';
import { laneStyle, tagStyle } from './piece-style.ts';

export interface BlockLook {
  coderColors: readonly string[];
  tagColor: (tagId: string) => string;
  /** The word for each class, for the sign's tooltip. */
  classWord: (unitClass: ComparisonIndex['units'][number]['class']) => string;
  /** Curation mode: the word for each curation state, for its sign's tooltip. */
  stateWord: (state: 'undecided' | 'decided' | 'conflict') => string;
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
  /** Curation mode: the curation (each line gets the curated layer's row above it, each unit its state). */
  curation: CurationIndex | null;
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
  curation,
}: Props) {
  if (!live) return <div className="cmp-block" data-block={block} style={{ height: estimate }} />;
  const curatedRow = (line: LaidLine) =>
    curation && (
      <CuratedRow index={index} curation={curation} block={block} line={line} selected={selected} look={look} />
    );
  if (layout === 'stacked') {
    const lines = laid(index, block, null);
    return (
      <div className="cmp-block" data-block={block}>
        {lines.map((line) => (
          <div key={line.start} className={curation ? 'cmp-line-group' : undefined}>
            {curatedRow(line)}
            <p className="cmp-line">{pieces(index, line, null, selected, look, curation)}</p>
          </div>
        ))}
      </div>
    );
  }
  const columns = index.coderIds.map((_, c) => laid(index, block, c));
  const first = columns[0] ?? [];
  return (
    <div className="cmp-block" data-block={block}>
      {first.map((line, k) => (
        <div key={line.start} className={curation ? 'cmp-line-group' : undefined}>
          {curatedRow(line)}
          <div className="cmp-row" style={{ gridTemplateColumns: `repeat(${columns.length}, minmax(0, 1fr))` }}>
            {columns.map((lines, c) => (
              <p key={index.coderIds[c]} className="cmp-line cmp-cell">
                {pieces(index, lines[k] ?? line, c, selected, look, curation)}
              </p>
            ))}
          </div>
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
  curation: CurationIndex | null,
): ReactNode[] {
  const { text, units } = index;
  const out: ReactNode[] = [];
  for (const piece of line.pieces) {
    const words = text.slice(piece.start, piece.end);
    for (const u of piece.starts) {
      const unitClass = units[u]?.class ?? 'agree';
      const state = curation?.states[u];
      out.push(
        <span
          key={`s${u}-${piece.start}`}
          className={`cmp-sign sign-${unitClass}${state ? ` cur-sign cur-${state}` : ''}`}
          data-units={u}
          data-curation={state}
          title={state ? `${look.classWord(unitClass)} · ${look.stateWord(state)}` : look.classWord(unitClass)}
        >
          {classSigns[unitClass]}
          {state && <span className="cur-state-sign">{stateSigns[state]}</span>}
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
        className={pieceClass(index, piece, coder, selected, curation)}
        data-units={piece.units.join(' ')}
        style={pieceStyle(piece, coder, look)}
      >
        {words}
      </span>,
    );
  }
  return out;
}

function pieceClass(
  index: ComparisonIndex,
  piece: Piece,
  coder: number | null,
  selected: number | null,
  curation: CurationIndex | null,
): string {
  const inner = index.units[piece.units[0] as number];
  const state = curation?.states[piece.units[0] as number];
  const absent = coder !== null && piece.tagId === null;
  let name = `cmp-u cls-${inner?.class ?? 'agree'}`;
  name += coder === null ? ' stacked' : absent ? ' absent' : ' marked';
  if (piece.units.length > 1) name += ' nested';
  if (selected !== null && piece.units.includes(selected)) name += ' selected';
  if (state) name += ` cur-${state}`;
  return name;
}

function pieceStyle(piece: Piece, coder: number | null, look: BlockLook) {
  if (coder === null) return laneStyle(piece.coders, look.coderColors);
  if (piece.tagId === null) return undefined;
  return tagStyle(look.tagColor(piece.tagId), look.coderColors[coder] ?? '#888888');
}
