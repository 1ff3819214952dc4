import { useMemo } from 'react';
import type { KwicOrder } from '../../../../shared/search/kwic.ts';
import { useT } from '../../i18n/i18n.ts';
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
  const { t } = useT();
  const tagById = useMemo(() => new Map(tags.map((tag) => [tag.id, tag])), [tags]);
  const header = (value: KwicOrder, className: string) => (
    <span className={className}>
      <button
        type="button"
        className={order === value ? 'sort active' : 'sort'}
        aria-pressed={order === value}
        title={t(`search:sortBy-${value}`)}
        onClick={() => onOrder(value)}
      >
        {t(`search:column-${value}`)}
        {order === value ? ' ▲' : ''}
      </button>
    </span>
  );
  return (
    <section className="concordance" aria-label={label}>
      <div className="concordance-row concordance-head">
        {header('document', 'kwic-col-doc')}
        {/* Laid out as the lines' own keyword-in-context, so each heading stands over its column. */}
        <span className="kwic kwic-head">
          {header('left', 'kwic-prefix')}
          {header('match', 'kwic-exact')}
          {header('right', 'kwic-suffix')}
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
