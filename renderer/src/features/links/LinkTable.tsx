import type { AnnotationRow, LinkRow } from '../../../../shared/ipc/results.ts';
import { formatDate } from '../../../../shared/library/format-date.ts';
import { rowStatementDate } from '../../../../shared/library/statement-date.ts';
import { shortQuote } from '../../../../shared/text/short-quote.ts';
import { useAppStore } from '../../store/app-store.ts';
import { VirtualList } from '../../ui/VirtualList.tsx';

const ROW_HEIGHT = 56;

/**
 * Links one per line: from (quote, document) → type → to. Only the rows in
 * view are drawn, so a corpus with thousands of links scrolls as easily as
 * one with three. Clicking an end opens it in the Reader; Edit changes
 * the link's type, memo or direction.
 */
export function LinkTable({ rows, onEdit }: { rows: readonly LinkRow[]; onEdit: (row: LinkRow) => void }) {
  return (
    <div className="link-table">
      <div className="link-table-row link-table-head" aria-hidden="true">
        <span>From</span>
        <span>Type</span>
        <span>To</span>
        <span />
      </div>
      <VirtualList
        items={rows}
        rowHeight={ROW_HEIGHT}
        keyOf={(r) => r.link.id}
        label="Links"
        className="link-table-list"
        renderRow={(row) => <LinkTableRow row={row} onEdit={onEdit} />}
      />
    </div>
  );
}

function LinkTableRow({ row, onEdit }: { row: LinkRow; onEdit: (row: LinkRow) => void }) {
  const type = useAppStore((s) => s.linkTypes.find((t) => t.id === row.link.typeId));
  const deleteLink = useAppStore((s) => s.deleteLink);
  const notify = useAppStore((s) => s.notify);
  const typeName = type?.name ?? 'Unknown type';
  const remove = async () => {
    const failure = await deleteLink(row.link.id);
    if (failure) notify('error', `The link was not deleted: ${failure}`);
  };
  return (
    <div className="link-table-row" title={row.link.note || undefined}>
      <LinkEnd end={row.from} />
      <span className="link-table-type">
        <span className="tag-chip" style={{ backgroundColor: type?.color ?? '#888' }} />
        <span>{typeName} →</span>
      </span>
      <LinkEnd end={row.to} />
      <span className="link-table-actions">
        <button
          type="button"
          className="quiet small"
          aria-label={`Edit this ${typeName} link`}
          onClick={() => onEdit(row)}
        >
          Edit
        </button>
        <button
          type="button"
          className="quiet small"
          aria-label={`Delete this ${typeName} link`}
          onClick={() => void remove()}
        >
          Delete
        </button>
      </span>
    </div>
  );
}

function LinkEnd({ end }: { end: AnnotationRow | null }) {
  const navigate = useAppStore((s) => s.navigate);
  if (!end) return <span className="link-end deleted">(deleted annotation)</span>;
  const { annotation, documentTitle } = end;
  const date = formatDate(rowStatementDate(end));
  return (
    <button
      type="button"
      className="link-end"
      aria-label={`Open “${shortQuote(annotation.quote.exact, 60)}” (${documentTitle})`}
      onClick={() => navigate({ view: 'reader', documentId: annotation.documentId, annotationId: annotation.id })}
    >
      <q className="link-end-quote">{shortQuote(annotation.quote.exact, 200)}</q>
      <span className="link-end-doc">
        {documentTitle}
        {date ? ` · ${date}` : ''}
      </span>
    </button>
  );
}
