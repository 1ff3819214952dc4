import { type UIEvent, useEffect, useRef, useState } from 'react';

interface Options {
  count: number;
  /** Every row has this height in pixels: what makes rendering only the visible ones cheap. */
  rowHeight: number;
  /** Where to start scrolled to, and where the user scrolled to (to come back there). */
  initialScrollTop: number;
  onScrollTop: (top: number) => void;
  /** When this changes (another filter or order), the rows start again from the top. */
  resetKey: unknown;
}

const OVERSCAN = 8;

/**
 * Which rows of a long table to render: those in view of the scrolling box,
 * and a few more. The logic of ui/VirtualList, for a real <table> (whose
 * rows must line up with its column headers) instead of a list.
 */
export function useVirtualRows({ count, rowHeight, initialScrollTop, onScrollTop, resetKey }: Options) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(initialScrollTop);
  const [height, setHeight] = useState(600);
  const lastResetKey = useRef(resetKey);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the scroll position is restored once, on mount; then the user's scrolling rules.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    el.scrollTop = initialScrollTop;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    setHeight(el.clientHeight);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (lastResetKey.current === resetKey || !box.current) return;
    lastResetKey.current = resetKey;
    box.current.scrollTop = 0;
  }, [resetKey]);

  const onScroll = (e: UIEvent<HTMLElement>) => {
    setScrollTop(e.currentTarget.scrollTop);
    onScrollTop(e.currentTarget.scrollTop);
  };
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  return { box, onScroll, first, last };
}
