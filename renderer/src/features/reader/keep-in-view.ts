/** A box on screen, as getBoundingClientRect gives it. */
export interface Box {
  top: number;
  bottom: number;
}

/**
 * Whether a target has drifted far enough from where it was put that it
 * must be brought back: out of the middle half of the visible area. The
 * text's paragraphs are drawn only near the screen (content-visibility), so
 * those above the target take their real height while the scroll goes on,
 * and move the target away from where it was scrolled to.
 */
export function drifted(target: Box, viewport: Box): boolean {
  const quarter = (viewport.bottom - viewport.top) / 4;
  const middle = (target.top + target.bottom) / 2;
  return middle < viewport.top + quarter || middle > viewport.bottom - quarter;
}

/** How long the target is watched after it is opened; the text settles within a few frames. */
const WATCH_MS = 800;

/**
 * Scrolls `element` to the middle of its scrolling container and keeps it
 * there while the text around it settles, so whatever is opened — a search
 * match, a link's end, an actor's mention, a row of the annotation list — is
 * in view every time. Stops early when the user scrolls (wheel, keys,
 * touch). Returns the function that stops it.
 */
export function keepInView(element: Element): () => void {
  const container = scrollingAncestor(element);
  const centre = () => element.scrollIntoView({ block: 'center', behavior: 'auto' });
  centre();
  const until = performance.now() + WATCH_MS;
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of ['wheel', 'keydown', 'touchstart', 'mousedown'] as const) {
      container?.removeEventListener(type, stop);
    }
  };
  for (const type of ['wheel', 'keydown', 'touchstart', 'mousedown'] as const) {
    container?.addEventListener(type, stop, { passive: true, once: true });
  }
  const check = () => {
    const viewport = container ? container.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
    if (element.isConnected && drifted(element.getBoundingClientRect(), viewport)) centre();
    if (performance.now() < until && element.isConnected) frame = requestAnimationFrame(check);
    else stop();
  };
  frame = requestAnimationFrame(check);
  return stop;
}

function scrollingAncestor(element: Element): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}
