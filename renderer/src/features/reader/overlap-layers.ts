import type { Annotation } from '../../../../shared/model/annotation.ts';

/**
 * Which underline row ("layer") each annotation is drawn on, so that spans
 * overlapping one another each keep a visible underline of their own: an
 * annotation takes the lowest layer no annotation overlapping it uses.
 * Layers, once given, stay: adding or removing a span never moves the
 * others' underlines.
 */
export class OverlapLayers {
  private readonly layers = new Map<string, number>();

  /** Gives layers to a document's annotations (in text order), as when it opens. */
  constructor(annotations: readonly Annotation[]) {
    let active: Annotation[] = [];
    for (const a of annotations) {
      active = active.filter((b) => b.end > a.start);
      this.layers.set(a.id, lowestFree(active.map((b) => this.layerOf(b.id))));
      active.push(a);
    }
  }

  layerOf(id: string): number {
    return this.layers.get(id) ?? 0;
  }

  /** Gives a new annotation its layer among all annotations shown (which may include it). */
  place(annotation: Annotation, all: readonly Annotation[]): number {
    const used = all
      .filter(
        (b) => b.id !== annotation.id && b.start < annotation.end && annotation.start < b.end && this.layers.has(b.id),
      )
      .map((b) => this.layerOf(b.id));
    const layer = lowestFree(used);
    this.layers.set(annotation.id, layer);
    return layer;
  }

  /**
   * Places many new annotations (in text order) at once, as `place` would
   * one after another, but in one sweep over `all` (also in text order):
   * showing a colleague's layer of thousands of spans costs milliseconds,
   * not a scan of the document per span.
   */
  placeMany(added: readonly Annotation[], all: readonly Annotation[]): void {
    if (added.length < 16) {
      for (const a of added) this.place(a, all);
      return;
    }
    const wanted = new Set(added.map((a) => a.id));
    // Those already placed that are still open at the sweep's position.
    let open: Annotation[] = [];
    for (let i = 0; i < all.length; i++) {
      const a = all[i] as Annotation;
      open = open.filter((b) => b.end > a.start);
      if (wanted.has(a.id)) {
        const used = open.filter((b) => b.id !== a.id && b.start < a.end).map((b) => this.layerOf(b.id));
        // Placed ones starting inside it (not yet swept): the annotations shown before, never those added after it.
        for (let j = i + 1; j < all.length && (all[j] as Annotation).start < a.end; j++) {
          const b = all[j] as Annotation;
          if (!wanted.has(b.id) && this.layers.has(b.id) && b.end > a.start) used.push(this.layerOf(b.id));
        }
        this.layers.set(a.id, lowestFree(used));
      }
      if (this.layers.has(a.id)) open.push(a);
    }
  }

  forget(id: string): void {
    this.layers.delete(id);
  }
}

function lowestFree(used: readonly number[]): number {
  const taken = new Set(used);
  let layer = 0;
  while (taken.has(layer)) layer++;
  return layer;
}

/** The annotations covering a text offset, innermost (shortest) first: what a click cycles through. */
export function annotationsAt(annotations: readonly Annotation[], offset: number): Annotation[] {
  return annotations
    .filter((a) => !a.orphaned && a.start <= offset && offset < a.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
}
