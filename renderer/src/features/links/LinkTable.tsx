import type { AnnotationRow, LinkRow } from '../../../../shared/ipc/results.ts';
import { rowStatementDate } from '../../../../shared/library/statement-date.ts';
import { shortQuote } from '../../../../shared/text/short-quote.ts';
import { useT } from '../../i18n/i18n.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { useAppStore } from '../../store/app-store.ts';
import { VirtualList } from '../../ui/VirtualList.tsx';
import { coderLabel } from '../../ui/coder-label.ts';
import { isOwnRecord } from '../../../../shared/model/layer-owner.ts';

const ROW_HEIGHT = 56;

/**
 * Links one per line: from (quote, document) → type → to. Only the rows in
 * view are drawn, so a corpus with thousands of links scrolls as easily as
 * one with three. Clicking an end opens it in the Reader; Edit changes
 * the link's type, memo or direction.
 */
export function LinkTable({ rows, onEdit }: { rows: readonly LinkRow[]; onEdit: (row: LinkRow) => void }) {
  const { t } = useT();
  return (
    <div className="link-table">
      <div className="link-table-row link-table-head" aria-hidden="true">
        <span>{t('links:from')}</span>
        <span>{t('links:type')}</span>
        <span>{t('links:to')}</span>
        <span />
      </div>
      <VirtualList
        items={rows}
        rowHeight={ROW_HEIGHT}
        keyOf={(r) => r.link.id}
        label={t('links:title')}
        className="link-table-list"
        renderRow={(row) => <LinkTableRow row={row} onEdit={onEdit} />}
      />
    </div>
  );
}

function LinkTableRow({ row, onEdit }: { row: LinkRow; onEdit: (row: LinkRow) => void }) {
  const type = useAppStore((s) => s.linkTypes.find((linkType) => linkType.id === row.link.typeId));
  const deleteLink = useAppStore((s) => s.deleteLink);
  const notify = useAppStore((s) => s.notify);
  const project = useAppStore((s) => s.project);
  const { t } = useT();
  const typeName = type?.name ?? t('links:unknownType');
  // A colleague's link: their name instead of Edit and Delete (their layer is read-only; the core refuses too).
  const theirs = project && !isOwnRecord(row.link, project.coder.id) ? coderLabel(row.link.coderId, project, t) : null;
  const remove = async () => {
    const failure = await deleteLink(row.link.id);
    if (failure) notify('error', t('links:notDeleted', { reason: failure }));
  };
  return (
    <div className="link-table-row" title={row.link.note || undefined}>
      <LinkEnd end={row.from} />
      <span className="link-table-type">
        <span className="tag-chip" style={{ backgroundColor: type?.color ?? '#888' }} />
        <span>{typeName} →</span>
      </span>
      <LinkEnd end={row.to} />
      {theirs ? (
        <span className="link-table-actions read-only">{t('reader:readOnlyLayer', { coder: theirs })}</span>
      ) : (
        <span className="link-table-actions">
          <button
            type="button"
            className="quiet small"
            aria-label={t('links:editThis', { type: typeName })}
            onClick={() => onEdit(row)}
          >
            {t('links:edit')}
          </button>
          <button
            type="button"
            className="quiet small"
            aria-label={t('links:deleteThis', { type: typeName })}
            onClick={() => void remove()}
          >
            {t('links:delete')}
          </button>
        </span>
      )}
    </div>
  );
}

function LinkEnd({ end }: { end: AnnotationRow | null }) {
  const navigate = useAppStore((s) => s.navigate);
  const { t } = useT();
  const format = useFormat();
  if (!end) return <span className="link-end deleted">{t('links:deletedAnnotation')}</span>;
  const { annotation, documentTitle } = end;
  const date = format.date(rowStatementDate(end));
  return (
    <button
      type="button"
      className="link-end"
      aria-label={t('links:openEnd', { quote: shortQuote(annotation.quote.exact, 60), document: documentTitle })}
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
