import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { LinkRow } from '../../../../shared/ipc/results.ts';
import type { Annotation } from '../../../../shared/model/annotation.ts';
import type { TextDoc } from './text-doc.ts';

/** Where a badge goes: after a linked annotation's last character, with its number of links. */
export interface LinkBadge {
  annotationId: string;
  /** UTF-16 offset of the annotation's end. */
  end: number;
  count: number;
}

/** `tr.setMeta(linkBadgeKey, badges)` replaces the badges drawn. */
export const linkBadgeKey = new PluginKey<DecorationSet>('link-badges');

/**
 * The badges for a document's annotations, in text order: one per
 * annotation with links (either direction, broken ones included, since
 * they still need the coder's attention). Orphans have no text to mark.
 */
export function linkBadges(annotations: readonly Annotation[], rows: readonly LinkRow[]): LinkBadge[] {
  if (rows.length === 0) return [];
  const counts = new Map<string, number>();
  for (const { link } of rows) {
    counts.set(link.fromId, (counts.get(link.fromId) ?? 0) + 1);
    counts.set(link.toId, (counts.get(link.toId) ?? 0) + 1);
  }
  const badges: LinkBadge[] = [];
  for (const a of annotations) {
    const count = counts.get(a.id);
    if (count && !a.orphaned) badges.push({ annotationId: a.id, end: a.end, count });
  }
  return badges;
}

/** A key that changes exactly when the badges would be drawn differently. */
export function badgesKey(badges: readonly LinkBadge[]): string {
  return badges.map((b) => `${b.annotationId}@${b.end}×${b.count}`).join(' ');
}

/**
 * The badge shows "⇄N" through CSS (`content: attr(data-count)`), not as
 * text: text would become part of the document's text as the browser sees
 * it, so a selection across it, a copy, or the text read back would carry
 * "⇄2" in the middle of a sentence.
 */
/** What a badge says to a screen reader and in its tooltip, in the window's language. */
export type BadgeWording = (count: number) => { label: string; title: string };

function badgeElement(count: number, word: BadgeWording): HTMLElement {
  const { label, title } = word(count);
  const badge = document.createElement('span');
  badge.className = 'link-badge';
  badge.contentEditable = 'false';
  badge.dataset.count = String(count);
  badge.setAttribute('role', 'img');
  badge.setAttribute('aria-label', label);
  badge.title = title;
  return badge;
}

/**
 * Draws a small "⇄N" badge after each linked annotation. Kept apart from
 * the annotation decorations: links change far less often than
 * annotations, and a link made or deleted must not redraw them. The set is
 * rebuilt whole when the badges change; there are few of them.
 */
export function linkBadgePlugin(
  textDoc: TextDoc,
  initial: readonly LinkBadge[],
  word: BadgeWording,
): Plugin<DecorationSet> {
  const build = (doc: Parameters<typeof DecorationSet.create>[0], badges: readonly LinkBadge[]) =>
    DecorationSet.create(
      doc,
      badges.map((b) =>
        Decoration.widget(textDoc.toPos(b.end), () => badgeElement(b.count, word), {
          side: 1,
          ignoreSelection: true,
          key: `${b.annotationId}-${b.count}`,
        }),
      ),
    );
  return new Plugin<DecorationSet>({
    key: linkBadgeKey,
    state: {
      init: (_config, state) => build(state.doc, initial),
      apply: (tr, set) => {
        const badges = tr.getMeta(linkBadgeKey) as readonly LinkBadge[] | undefined;
        if (badges) return build(tr.doc, badges);
        return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
      },
    },
    props: { decorations: (state) => linkBadgeKey.getState(state) },
  });
}
