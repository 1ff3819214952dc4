import { type ReactNode, useEffect, useRef, useState } from 'react';

interface Props<T> {
  items: readonly T[];
  /** Every row has this height in pixels: what makes rendering only the visible ones cheap. */
  rowHeight: number;
  keyOf: (item: T) => string;
  /** The row's cells (elements with role="cell"). */
  renderCells: (item: T, index: number) => ReactNode;
  rowClassName: (item: T) => string;
  /** aria-rowindex of the first item: 2 below a header row. */
  firstRowIndex: number;
  /** Where to start scrolled to, and where the user scrolled to (to come back there). */
  initialScrollTop?: number;
  onScrollTop?: (top: number) => void;
  /** When this changes (another filter or order), the rows start again from the top. */
  scrollResetKey?: unknown;
}

const OVERSCAN = 8;

/**
 * The body of an ARIA table that renders only the rows in view, like
 * ui/VirtualList but with table roles instead of a list's, so the rows
 * line up with column headers (and their sort state) for screen readers.
 */
export function VirtualRows<T>(props: Props<T>) {
  const { items, rowHeight, keyOf, renderCells, rowClassName, firstRowIndex, initialScrollTop, onScrollTop } = props;
  const box = useRef<HTMLDivElement>(null);
  const resetKey = useRef(props.scrollResetKey);
  const [scrollTop, setScrollTop] = useState(initialScrollTop ?? 0);
  const [height, setHeight] = useState(600);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the scroll position is restored once, on mount; later the user's scrolling rules.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    el.scrollTop = initialScrollTop ?? 0;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    setHeight(el.clientHeight);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (resetKey.current === props.scrollResetKey || !box.current) return;
    resetKey.current = props.scrollResetKey;
    box.current.scrollTop = 0;
  }, [props.scrollResetKey]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    const item = items[i] as T;
    rows.push(
      <div
        key={keyOf(item)}
        role="row"
        aria-rowindex={firstRowIndex + i}
        className={`vrow ${rowClassName(item)}`}
        style={{ top: i * rowHeight, height: rowHeight }}
      >
        {renderCells(item, i)}
      </div>,
    );
  }

  return (
    <div
      ref={box}
      role="rowgroup"
      className="vlist doc-body"
      onScroll={(e) => {
        setScrollTop(e.currentTarget.scrollTop);
        onScrollTop?.(e.currentTarget.scrollTop);
      }}
    >
      <div className="vlist-inner" style={{ height: items.length * rowHeight }}>
        {rows}
      </div>
    </div>
  );
}
