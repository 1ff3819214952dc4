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
  labelOf: (tagId: string) => string;
}

/**
 * Draws annotations as inline decorations in their tag's colour. The set is
 * built once when a document opens and then changed incrementally (add,
 * remove), so tagging a span in a document with thousands of annotations
 * costs one small update, not a rebuild. Overlapping spans nest: each keeps
 * its own background, so overlaps show darker.
 */
export function annotationPlugin(options: AnnotationPluginOptions): Plugin<DecorationSet> {
  const decorate = (a: Annotation) => {
    const { textDoc, colorOf, labelOf } = options;
    return Decoration.inline(
      textDoc.toPos(a.start),
      textDoc.toPos(a.end),
      {
        class: 'ann',
        style: `--ann-color: ${colorOf(a.tagId)}`,
        'data-annotation-id': a.id,
        title: labelOf(a.tagId),
      },
      { annotationId: a.id },
    );
  };

  return new Plugin<DecorationSet>({
    key: annotationKey,
    state: {
      init: (_config, state) => DecorationSet.create(state.doc, options.annotations.map(decorate)),
      apply: (tr: Transaction, set, _old, newState) => {
        const mapped = tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
        const action = tr.getMeta(annotationKey) as AnnotationAction | undefined;
        if (action?.type === 'add') return mapped.add(newState.doc, action.annotations.map(decorate));
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

/** The ids in `next` that are new or changed since `previous`, and those gone or changed. */
export function diffAnnotations(
  previous: readonly Annotation[],
  next: readonly Annotation[],
): { added: Annotation[]; removed: string[] } {
  // Records are immutable: a changed annotation is a new object, so identity tells what changed.
  const before = new Set(previous);
  const after = new Set(next);
  const added = next.filter((a) => !before.has(a));
  const removed = previous.filter((a) => !after.has(a)).map((a) => a.id);
  return { added, removed };
}
