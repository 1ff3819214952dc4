import type { CSSProperties } from 'react';
import { useT } from '../../../i18n/i18n.ts';
import type { LaidLine } from '../block-layout.ts';
import type { BlockLook } from '../CompareBlock.tsx';
import type { ComparisonIndex } from '../comparison-index.ts';
import { curatedLine } from './curated-lines.ts';
import type { CurationIndex } from './curation-index.ts';

interface Props {
  index: ComparisonIndex;
  curation: CurationIndex;
  block: number;
  line: LaidLine;
  selected: number | null;
  look: BlockLook;
}

/**
 * The curated layer's row of one line, drawn above the coders' row of the
 * same line (INCEpTION's split view, line by line, so the windowed blocks
 * stay as they are). Every piece carries its text offset (data-at), so a
 * selection here can become the span of the version being edited; marked
 * pieces carry the unit they were decided for (data-units), for clicks.
 */
export function CuratedRow({ index, curation, block, line, selected, look }: Props) {
  const { t } = useT();
  const pieces = curatedLine(line.start, line.end, curation.byBlock[block] ?? [], curation.unitOf);
  return (
    <p className="cmp-line cur-row" data-layer="curated" title={t('compareCurate:curatedRowHint')}>
      <span className="cur-row-label" aria-hidden="true">
        ◆
      </span>
      {pieces.map((piece) => {
        const words = index.text.slice(piece.start, piece.end);
        if (!piece.tagId)
          return (
            <span key={piece.start} data-at={piece.start}>
              {words}
            </span>
          );
        const isSelected = selected !== null && piece.units.includes(selected);
        return (
          <span
            key={piece.start}
            data-at={piece.start}
            data-units={piece.units.length ? piece.units.join(' ') : undefined}
            data-curated={piece.curated.join(' ')}
            className={`cur-u${piece.begins ? ' begins' : ''}${isSelected ? ' selected' : ''}`}
            style={{ '--tag-color': look.tagColor(piece.tagId) } as CSSProperties}
          >
            {words}
          </span>
        );
      })}
    </p>
  );
}
