/** The side panel's width, kept between sessions (this browser's or window's own storage). */
const KEY = 'glossator.sidePanelWidth';
export const PANEL_DEFAULT = 340;
export const PANEL_MIN = 260;

/** A width the panel can take in a window this wide: at least the minimum, at most 60 % of the window. */
export function clampPanelWidth(width: number, windowWidth: number): number {
  const max = Math.max(PANEL_MIN, Math.round(windowWidth * 0.6));
  return Math.min(max, Math.max(PANEL_MIN, Math.round(width)));
}

export function loadPanelWidth(storage: Pick<Storage, 'getItem'> | undefined, windowWidth: number): number {
  const stored = Number(storage?.getItem(KEY));
  return clampPanelWidth(Number.isFinite(stored) && stored > 0 ? stored : PANEL_DEFAULT, windowWidth);
}

export function savePanelWidth(storage: Pick<Storage, 'setItem'> | undefined, width: number): void {
  try {
    storage?.setItem(KEY, String(Math.round(width)));
  } catch {
    // Storage full or refused: the width is only a convenience.
  }
}
