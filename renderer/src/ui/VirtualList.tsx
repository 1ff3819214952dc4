import { type ReactNode, useEffect, useRef, useState } from 'react';

interface Props<T> {
  items: readonly T[];
  /** Every row has this height in pixels: what makes rendering only the visible ones cheap. */
  rowHeight: number;
  renderRow: (item: T, index: number) => ReactNode;
  keyOf: (item: T) => string;
  className?: string;
  label: string;
}

const OVERSCAN = 8;

/**
 * A scrolling list that renders only the rows in view, so ten thousand
 * documents or five thousand annotations cost no more than a screenful.
 */
export function VirtualList<T>({ items, rowHeight, renderRow, keyOf, className, label }: Props<T>) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    setHeight(el.clientHeight);
    return () => observer.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    const item = items[i] as T;
    rows.push(
      <li key={keyOf(item)} className="vrow" style={{ top: i * rowHeight, height: rowHeight }}>
        {renderRow(item, i)}
      </li>,
    );
  }

  return (
    <div ref={box} className={`vlist ${className ?? ''}`} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
      <ul className="vlist-inner" style={{ height: items.length * rowHeight }} aria-label={label}>
        {rows}
      </ul>
    </div>
  );
}
