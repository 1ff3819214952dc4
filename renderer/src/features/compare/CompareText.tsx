import { type MouseEvent, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { type BlockLook, CompareBlock } from './CompareBlock.tsx';
import type { CurationIndex } from './curate/curation-index.ts';
import type { ComparisonIndex } from './comparison-index.ts';
import type { CompareLayout } from './compare-prefs.ts';
import { keepInView } from '../reader/keep-in-view.ts';
import { blockAt } from './text-blocks.ts';
import { nextOnClick, startLive } from './text-window.ts';

interface Props {
  index: ComparisonIndex;
  layout: CompareLayout;
  selected: number | null;
  /** Changes when the selected unit is to be scrolled to. */
  reveal: number;
  coderNames: readonly string[];
  look: BlockLook;
  /** Curation mode: the curation, drawn as a curated row above each line. */
  curation: CurationIndex | null;
  onSelect: (unit: number | null) => void;
  /** Receives a function telling the text offset at the top of the view (where a step starts with nothing selected). */
  onLookAt: (offsetInView: () => number) => void;
}

/** Pixels per character of prose before any block was measured (17 px serif, about 60 characters a line). */
const FIRST_GUESS = 0.5;

/**
 * The compared text, windowed: every block is a box, and only those near the
 * screen (and the selected unit's) get their text and marks, so a
 * 1,000,000-character document draws a screenful on opening and a step to a
 * far disagreement draws one more block. A block once drawn stays (the
 * browser skips its layout off screen: content-visibility), and scroll
 * anchoring keeps the view still when a block above takes its real height.
 */
export function CompareText({
  index,
  layout,
  selected,
  reveal,
  coderNames,
  look,
  curation,
  onSelect,
  onLookAt,
}: Props) {
  const { t } = useT();
  const box = useRef<HTMLDivElement>(null);
  const [live, setLive] = useState<ReadonlySet<number>>(() => startLive(index.blocks.length));
  const [perChar, setPerChar] = useState(FIRST_GUESS);
  const stopKeeping = useRef<() => void>(() => {});
  const columns = layout === 'columns' ? index.coderIds.length : 1;

  const selectedBlocks = useMemo(() => {
    const unit = selected === null ? undefined : index.units[selected];
    if (!unit || index.blocks.length === 0) return null;
    return {
      first: blockAt(index.blocks, unit.start),
      last: blockAt(index.blocks, Math.max(unit.start, unit.end - 1)),
    };
  }, [index, selected]);

  // Blocks come alive as they near the screen (a screen's height ahead).
  useEffect(() => {
    const root = box.current;
    if (!root) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const near = entries
          .filter((e) => e.isIntersecting)
          .map((e) => Number((e.target as HTMLElement).dataset.block));
        if (near.length) setLive((was) => (near.every((b) => was.has(b)) ? was : new Set([...was, ...near])));
      },
      { root, rootMargin: '100% 0px' },
    );
    for (const el of root.querySelectorAll('.cmp-block')) observer.observe(el);
    onLookAt(() => offsetInView(root, index));
    return () => observer.disconnect();
  }, [index, onLookAt]);

  // The estimate for blocks not drawn yet, from those drawn (once per layout, after its first frame's layout:
  // later blocks would only refine a guess the browser's scroll anchoring corrects anyway).
  // biome-ignore lint/correctness/useExhaustiveDependencies: deliberately not on `live`.
  useLayoutEffect(() => {
    const root = box.current;
    if (!root) return;
    let chars = 0;
    let height = 0;
    for (const b of live) {
      const el = root.querySelector<HTMLElement>(`[data-block="${b}"]`);
      const block = index.blocks[b];
      if (!el || !block || el.childElementCount === 0) continue;
      chars += block.end - block.start;
      height += el.offsetHeight;
    }
    if (chars > 0) setPerChar(height / chars);
  }, [index, layout]);

  // A step brings its unit to the middle of the view (a click selects in place).
  // biome-ignore lint/correctness/useExhaustiveDependencies: on `reveal` alone, which a step bumps.
  useLayoutEffect(() => {
    if (reveal === 0 || selected === null || !selectedBlocks) return;
    const block = box.current?.querySelector(`[data-block="${selectedBlocks.first}"]`);
    const target = block?.querySelector(`[data-units~="${selected}"]`) ?? block;
    // Kept in view while the blocks around it are drawn and take their real heights.
    stopKeeping.current();
    if (target) stopKeeping.current = keepInView(target);
  }, [reveal]);
  useEffect(() => () => stopKeeping.current(), []);

  const onClick = (event: MouseEvent) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-units]');
    if (!target) return;
    const units = (target.dataset.units ?? '').split(' ').map(Number);
    onSelect(nextOnClick(units, selected));
  };

  const drawn = (b: number) =>
    live.has(b) || (selectedBlocks !== null && b >= selectedBlocks.first && b <= selectedBlocks.last);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard selects units with ] and [ (DocumentCompare's keys).
    <div
      ref={box}
      className={`cmp-scroll cmp-${layout}`}
      aria-label={t('compare:textLabel')}
      role="document"
      onClick={onClick}
    >
      {curation && (
        <div className="cur-head" data-layer="curated">
          <span className="cur-row-label" aria-hidden="true">
            ◆
          </span>{' '}
          {t('compareCurate:curatedHead')}
        </div>
      )}
      {layout === 'columns' && (
        <div className="cmp-heads" style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}>
          {coderNames.map((name, c) => (
            <div key={index.coderIds[c]} className="cmp-head" title={t('compare:columnOf', { coder: name })}>
              <span className="coder-swatch" style={{ backgroundColor: look.coderColors[c] }} aria-hidden="true" />
              <span className="cmp-head-name">{name}</span>
            </div>
          ))}
        </div>
      )}
      <div className="cmp-text">
        {index.blocks.map((block, b) => (
          <CompareBlock
            key={`${layout}-${block.start}`}
            index={index}
            block={b}
            live={drawn(b)}
            estimate={Math.round((block.end - block.start) * perChar)}
            layout={layout}
            selected={selectedBlocks && b >= selectedBlocks.first && b <= selectedBlocks.last ? selected : null}
            look={look}
            curation={curation}
          />
        ))}
      </div>
    </div>
  );
}

/** The start of the first block whose bottom is below the view's top (binary search on the blocks' places). */
function offsetInView(root: HTMLElement, index: ComparisonIndex): number {
  const els = root.querySelectorAll<HTMLElement>('.cmp-block');
  const top = root.scrollTop;
  let lo = 0;
  let hi = els.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const el = els[mid] as HTMLElement;
    if (el.offsetTop + el.offsetHeight > top) hi = mid;
    else lo = mid + 1;
  }
  return index.blocks[lo]?.start ?? 0;
}
