import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

/** `tr.setMeta(selectedKey, {from, to})` marks the selected annotation's range; `null` clears it. */
export type SelectedAction = { from: number; to: number } | null;

export const selectedKey = new PluginKey<DecorationSet>('selected-annotation');

/**
 * Owns the outline around the annotation that is selected (by click, by
 * n/p, or in the list): the one the side panel shows and keys act on.
 * Kept apart from the annotation decorations so selecting never rebuilds them.
 */
export function selectedPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: selectedKey,
    state: {
      init: () => DecorationSet.empty,
      apply: (tr, set) => {
        const action = tr.getMeta(selectedKey) as SelectedAction | undefined;
        if (action === undefined) return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
        if (action === null || action.from >= action.to) return DecorationSet.empty;
        return DecorationSet.create(tr.doc, [Decoration.inline(action.from, action.to, { class: 'ann-selected' })]);
      },
    },
    props: { decorations: (state) => selectedKey.getState(state) },
  });
}
