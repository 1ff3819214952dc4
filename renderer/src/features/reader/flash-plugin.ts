import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

/** `tr.setMeta(flashKey, {from, to})` highlights a range briefly; `null` ends it. */
export type FlashAction = { from: number; to: number } | null;

export const flashKey = new PluginKey<DecorationSet>('flash');

/** Owns the short-lived highlight drawn over an annotation the user jumped to. */
export function flashPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: flashKey,
    state: {
      init: () => DecorationSet.empty,
      apply: (tr, set) => {
        const action = tr.getMeta(flashKey) as FlashAction | undefined;
        if (action === undefined) return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
        if (action === null) return DecorationSet.empty;
        return DecorationSet.create(tr.doc, [Decoration.inline(action.from, action.to, { class: 'ann-flash' })]);
      },
    },
    props: { decorations: (state) => flashKey.getState(state) },
  });
}
