import type { Position } from 'cytoscape';
import type { View } from './overview-draw.ts';

/** The zoom range of the overview: from a whole 10,000-node network down to one label. */
export const MIN_ZOOM = 0.002;
export const MAX_ZOOM = 5;

/** A point on screen (CSS pixels in the canvas) in drawing coordinates. */
export function toDrawing(view: View, screen: Position): Position {
  return { x: (screen.x - view.pan.x) / view.zoom, y: (screen.y - view.pan.y) / view.zoom };
}

/** Zooms by `factor` keeping the drawing point under `screen` where it is (the wheel zooms towards the pointer). */
export function zoomAt(view: View, screen: Position, factor: number): View {
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.zoom * factor));
  const at = toDrawing(view, screen);
  return { zoom, pan: { x: screen.x - at.x * zoom, y: screen.y - at.y * zoom } };
}

/** The view moved so a drawing point is in the middle of the box, at the same zoom. */
export function centreOn(view: View, point: Position, box: { width: number; height: number }): View {
  return { zoom: view.zoom, pan: { x: box.width / 2 - point.x * view.zoom, y: box.height / 2 - point.y * view.zoom } };
}
