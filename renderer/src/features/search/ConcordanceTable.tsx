import { useMemo } from 'react';
import type { KwicOrder } from '../../../../shared/search/kwic.ts';
import { useAppStore } from '../../store/app-store.ts';
import { VirtualList } from '../../ui/VirtualList.tsx';
import { QuoteInContext } from '../actors/QuoteInContext.tsx';

/** A line of the concordance: a text match or an annotation, and how to open it. */
export interface ConcordanceLine {
  key: string;
  documentTitle: string;
  left: string;
  match: string;
  right: string;
  /** For annotations: the tag, and the memo. */
  tagId?: string;
  note?: string;
  open: () => void;
}

interface Props {
  lines: readonly ConcordanceLine[];
  order: KwicOrder;
  onOrder: (order: KwicOrder) => void;
  label: string;
}

const ROW_HEIGHT = 32;

/**
 * Keyword-in-context lines, aligned on the match. The column headers sort:
 * by document (the corpus order), by the words left of the match (nearest
 * first), by the match, or by the words to its right.
 */
export function ConcordanceTable({ lines, order, onOrder, label }: Props) {
  const tags = useAppStore((s) => s.codebook.tags);
  const tagById = useMemo(() => new Map(tags.map((t) => [t.id, t])), [tags]);
  const header = (value: KwicOrder, text: string, className: string) => (
    <span className={className}>
      <button
        type="button"
        className={order === value ? 'sort active' : 'sort'}
        aria-pressed={order === value}
        title={`Sort the lines by ${text.toLowerCase()}`}
        onClick={() => onOrder(value)}
      >
        {text}
        {order === value ? ' ▲' : ''}
      </button>
    </span>
  );
  return (
    <section className="concordance" aria-label={label}>
      <div className="concordance-row concordance-head">
        {header('document', 'Document', 'kwic-col-doc')}
        {/* Laid out as the lines' own keyword-in-context, so each heading stands over its column. */}
        <span className="kwic kwic-head">
          {header('left', 'Left context', 'kwic-prefix')}
          {header('match', 'Match', 'kwic-exact')}
          {header('right', 'Right context', 'kwic-suffix')}
        </span>
      </div>
      <VirtualList
        items={lines}
        rowHeight={ROW_HEIGHT}
        keyOf={(l) => l.key}
        label={label}
        className="concordance-list"
        renderRow={(l) => {
          const tag = l.tagId ? tagById.get(l.tagId) : undefined;
          return (
            <button type="button" className="concordance-row" onClick={l.open} title={l.note || undefined}>
              <span className="concordance-doc">
                {tag && <span className="tag-dot" style={{ background: tag.color }} title={tag.name} />}
                {l.documentTitle}
              </span>
              <QuoteInContext quote={{ prefix: l.left, exact: l.match, suffix: l.right }} />
            </button>
          );
        }}
      />
    </section>
  );
}
