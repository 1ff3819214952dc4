import type { ReactNode } from 'react';
import type { AnnotationRow } from '../../../../shared/ipc/results.ts';
import { useT } from '../../i18n/i18n.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { useAppStore } from '../../store/app-store.ts';
import { VirtualList } from '../../ui/VirtualList.tsx';
import { QuoteInContext } from './QuoteInContext.tsx';

interface Props {
  /** Names the section's heading id (actor-<sectionId>-title), whatever the language: "mentions", "statements". */
  sectionId: string;
  /** The section's name: "Mentions", "Statements". */
  title: string;
  rows: readonly AnnotationRow[];
  emptyText: string;
  /** A column between the date and the context (a statement's role and stance). */
  detail?: (row: AnnotationRow) => ReactNode;
  /** The detail column's heading ("Role" unless given). */
  detailHeading?: string;
  /** The date shown for a row (a statement's own date before its document's). */
  dateOf?: (row: AnnotationRow) => string | null;
}

const ROW_HEIGHT = 32;

/**
 * Annotations of one actor across the corpus, one line each: document,
 * date, and the quote in context. Only the rows in view are drawn, so an
 * actor with thousands of mentions opens as fast as one with three. A
 * click opens the document at the annotation.
 */
export function AnnotationContextList({ sectionId, title, rows, emptyText, detail, detailHeading, dateOf }: Props) {
  const navigate = useAppStore((s) => s.navigate);
  const { t } = useT();
  const { number } = useFormat();
  const headingId = `actor-${sectionId}-title`;
  return (
    <section className="context-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('actors:sectionTitle', { title, number: number(rows.length) })}</h2>
      {rows.length === 0 ? (
        <p className="empty-hint">{emptyText}</p>
      ) : (
        <div className={detail ? 'context-table with-detail' : 'context-table'}>
          <div className="context-row context-head" aria-hidden="true">
            <span>{t('actors:document')}</span>
            <span>{t('actors:date')}</span>
            {detail && <span>{detailHeading ?? t('actors:role')}</span>}
            <span className="context-head-quote">{t('actors:context')}</span>
          </div>
          {/* As tall as its rows, up to about half the window; then it scrolls. */}
          <div className="context-scroll" style={{ height: `min(${rows.length * ROW_HEIGHT}px, 55vh)` }}>
            <VirtualList
              items={rows}
              rowHeight={ROW_HEIGHT}
              keyOf={(row) => row.annotation.id}
              label={title}
              renderRow={(row) => (
                <button
                  type="button"
                  className={row.annotation.orphaned ? 'context-row orphaned' : 'context-row'}
                  title={row.annotation.orphaned ? t('actors:orphaned') : undefined}
                  onClick={() =>
                    navigate({ view: 'reader', documentId: row.annotation.documentId, annotationId: row.annotation.id })
                  }
                >
                  <span className="context-doc">{row.documentTitle}</span>
                  <ContextDate date={dateOf ? dateOf(row) : row.documentDate} />
                  {detail && <span className="context-detail">{detail(row)}</span>}
                  <QuoteInContext quote={row.annotation.quote} />
                </button>
              )}
            />
          </div>
        </div>
      )}
    </section>
  );
}

/** A row's date, day first; the column is as wide as a day, so a time of day is in the tooltip only. */
function ContextDate({ date }: { date: string | null }) {
  const format = useFormat();
  const day = format.date(date, { time: false });
  const full = format.date(date);
  return (
    <span className="context-date" title={full !== day ? full : undefined}>
      {day}
    </span>
  );
}
