import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Annotation } from '../../../../shared/model/annotation.ts';
import type { TextDoc } from './text-doc.ts';

/** What the Reader tells the plugin, through `tr.setMeta(annotationKey, action)`. */
export type AnnotationAction =
  | { type: 'add'; annotations: readonly Annotation[] }
  | { type: 'remove'; ids: readonly string[] };

export const annotationKey = new PluginKey<DecorationSet>('annotations');

export interface AnnotationPluginOptions {
  textDoc: TextDoc;
  annotations: readonly Annotation[];
  colorOf: (tagId: string) => string;
  /** The underline row of an annotation (see OverlapLayers). */
  layerOf: (annotation: Annotation) => number;
  /** A colleague's annotation: the colour of their layer (null for mine, drawn as before). */
  coderColorOf?: (annotation: Annotation) => string | null;
}

/**
 * Draws annotations as inline decorations in their tag's colour. The set is
 * built once when a document opens and then changed incrementally (add,
 * remove), so tagging a span in a document with thousands of annotations
 * costs one small update, not a rebuild.
 *
 * Overlapping spans stay distinguishable: each decoration is its own nested
 * <span> (ProseMirror would otherwise merge their attributes into one), with
 * a light tint that darkens where spans overlap and an underline in its
 * tag's colour on its own row (`--layer`), so three spans over one word show
 * three stacked underlines. Orphaned annotations have no text to draw.
 * A colleague's annotation (their layer shown beside mine) also has a line
 * in their coder colour above it, and a dashed underline.
 */
export function annotationPlugin(options: AnnotationPluginOptions): Plugin<DecorationSet> {
  const decorate = (a: Annotation) => {
    const { textDoc, colorOf, layerOf, coderColorOf } = options;
    const coder = coderColorOf?.(a) ?? null;
    const style = `--ann-color: ${colorOf(a.tagId)}; --layer: ${layerOf(a)}`;
    return Decoration.inline(
      textDoc.toPos(a.start),
      textDoc.toPos(a.end),
      {
        nodeName: 'span',
        // A colleague's span: their colour as a line above it, the tag's below (read-only, see layers.ts).
        class: coder ? 'ann ann-other' : 'ann',
        style: coder ? `${style}; --coder-color: ${coder}` : style,
        'data-annotation-id': a.id,
        ...(coder ? { 'data-coder-id': a.coderId } : {}),
      },
      { annotationId: a.id },
    );
  };
  const drawn = (list: readonly Annotation[]) => list.filter((a) => !a.orphaned).map(decorate);

  return new Plugin<DecorationSet>({
    key: annotationKey,
    state: {
      init: (_config, state) => DecorationSet.create(state.doc, drawn(options.annotations)),
      apply: (tr: Transaction, set, _old, newState) => {
        const mapped = tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
        const action = tr.getMeta(annotationKey) as AnnotationAction | undefined;
        if (action?.type === 'add') return mapped.add(newState.doc, drawn(action.annotations));
        if (action?.type === 'remove') {
          const ids = new Set(action.ids);
          return mapped.remove(mapped.find(undefined, undefined, (spec) => ids.has(spec.annotationId)));
        }
        return mapped;
      },
    },
    props: {
      decorations: (state) => annotationKey.getState(state),
    },
  });
}

/**
 * The annotations in `next` to draw anew, and the ids in `previous` to take
 * away: those added, removed, or changed in what is drawn (span, tag,
 * orphaned). An annotation whose memo or speaker changed, or whose saved
 * copy replaced the one shown before the save, is left as it is drawn:
 * redrawing it would also make ProseMirror reset the caret.
 */
export function diffAnnotations(
  previous: readonly Annotation[],
  next: readonly Annotation[],
): { added: Annotation[]; removed: string[] } {
  // Records are immutable: a changed annotation is a new object, so identity
  // tells what may have changed. Both lists are in text order and a change
  // usually touches one place, so the identical head and tail are skipped
  // first: tagging then compares a handful of records, not 5,000.
  let head = 0;
  while (head < previous.length && head < next.length && previous[head] === next[head]) head++;
  let tail = 0;
  while (
    tail < previous.length - head &&
    tail < next.length - head &&
    previous[previous.length - 1 - tail] === next[next.length - 1 - tail]
  )
    tail++;
  const was = previous.slice(head, previous.length - tail);
  const now = next.slice(head, next.length - tail);
  const before = new Set(was);
  const after = new Set(now);
  const gone = new Map(was.filter((a) => !after.has(a)).map((a) => [a.id, a]));
  const added: Annotation[] = [];
  for (const a of now) {
    if (before.has(a)) continue;
    const old = gone.get(a.id);
    if (old && drawnAlike(old, a)) gone.delete(a.id);
    else added.push(a);
  }
  return { added, removed: [...gone.keys()] };
}

function drawnAlike(a: Annotation, b: Annotation): boolean {
  return a.start === b.start && a.end === b.end && a.tagId === b.tagId && a.orphaned === b.orphaned;
}
