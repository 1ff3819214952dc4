import { type KeyboardEvent, useMemo, useRef } from 'react';
import { tagsInTreeOrder } from '../../../../shared/codebook/tag-tree.ts';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';

interface Props {
  selectedId: string | null;
  onSelect: (tagId: string) => void;
}

/** Indent per level, in rem: enough to read the hierarchy, small enough for deep trees. */
const INDENT_REM = 1.1;

/**
 * The codebook as a tree: each tag under its parent, with its colour, name,
 * shortcut, kind and how many annotations use it. A flat ARIA tree (levels
 * given by aria-level): the tree is always fully open, since codebooks are
 * small and coders want to see all of it. Arrow keys move the selection.
 */
export function TagTree({ selectedId, onSelect }: Props) {
  const tags = useAppStore((s) => s.codebook.tags);
  const usage = useAppStore((s) => s.tagUsage);
  const rows = useMemo(() => tagsInTreeOrder(tags), [tags]);
  const tree = useRef<HTMLDivElement>(null);
  const { t } = useT();

  const focusRow = (index: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (!row) return;
    onSelect(row.tag.id);
    tree.current?.querySelector<HTMLElement>(`[data-tag-id="${row.tag.id}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const at = rows.findIndex((r) => r.tag.id === selectedId);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: rows.length - 1 };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    focusRow(at < 0 && event.key === 'ArrowUp' ? 0 : to);
  };

  if (rows.length === 0) return <p className="empty-hint">{t('codebook:noTags')}</p>;

  // With no selection the first row takes focus from Tab, so the tree can be reached by keyboard.
  const tabStop = rows.some((r) => r.tag.id === selectedId) ? selectedId : rows[0]!.tag.id;
  return (
    <div ref={tree} className="tag-tree" role="tree" aria-label={t('codebook:tags')} onKeyDown={onKeyDown}>
      {rows.map(({ tag, depth }) => {
        const count = usage[tag.id] ?? 0;
        return (
          <div
            key={tag.id}
            role="treeitem"
            aria-level={depth + 1}
            aria-selected={tag.id === selectedId}
            aria-label={tag.name}
            tabIndex={tag.id === tabStop ? 0 : -1}
            data-tag-id={tag.id}
            className={tag.id === selectedId ? 'tag-row selected' : 'tag-row'}
            style={{ paddingLeft: `${0.75 + depth * INDENT_REM}rem` }}
            onClick={() => onSelect(tag.id)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onSelect(tag.id);
              }
            }}
          >
            <span className="tag-chip" style={{ backgroundColor: tag.color }} />
            <span className="tag-row-name">{tag.name}</span>
            {tag.shortcut && <kbd title={t('codebook:shortcutTitle', { key: tag.shortcut })}>{tag.shortcut}</kbd>}
            <span className={`tag-row-kind kind-${tag.kind}`}>{t(`codebook:kind-${tag.kind}`)}</span>
            <span className="tag-row-count" title={t('codebook:annotationCount', { count })}>
              {count}
            </span>
          </div>
        );
      })}
    </div>
  );
}
