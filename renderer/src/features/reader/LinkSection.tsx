import { useMemo } from 'react';
import type { Annotation } from '../../../../shared/model/annotation.ts';
import { rowStatementDate } from '../../../../shared/library/statement-date.ts';
import { shortQuote } from '../../../../shared/text/short-quote.ts';
import { useT } from '../../i18n/i18n.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { useAppStore } from '../../store/app-store.ts';
import { type LinkEnd, linkEndsOf } from './link-ends.ts';
import { isOwnRecord } from '../../../../shared/model/layer-owner.ts';
import { coderLabel } from '../../ui/coder-label.ts';

/**
 * The selected annotation's links, in the side panel: which way each
 * points, its type, and the other end's quote, document and date. A click
 * opens the other end (Back returns here); Edit changes its type, memo or
 * direction. A broken link (its other end was deleted) is shown as such.
 */
export function LinkSection({ annotation }: { annotation: Annotation }) {
  const rows = useAppStore((s) => s.documentLinks);
  const setPrompt = useAppStore((s) => s.setPrompt);
  const ends = useMemo(() => linkEndsOf(rows, annotation.id), [rows, annotation.id]);
  const { t } = useT();
  return (
    <section className="link-section" aria-label={t('reader:links')}>
      <div className="link-section-head">
        <h3>
          {t('reader:links')} {ends.length > 0 && <span className="count">{ends.length}</span>}
        </h3>
        <button type="button" aria-label={t('reader:linkTo')} onClick={() => setPrompt('link')}>
          {t('reader:linkTo')} <kbd>l</kbd>
        </button>
      </div>
      {ends.length > 0 && (
        <ul className="link-list">
          {ends.map((end) => (
            <LinkItem key={end.row.link.id} end={end} />
          ))}
        </ul>
      )}
    </section>
  );
}

function LinkItem({ end }: { end: LinkEnd }) {
  const type = useAppStore((s) => s.linkTypes.find((t) => t.id === end.row.link.typeId));
  const navigate = useAppStore((s) => s.navigate);
  const deleteLink = useAppStore((s) => s.deleteLink);
  const editLink = useAppStore((s) => s.editLinkInReader);
  const notify = useAppStore((s) => s.notify);
  const project = useAppStore((s) => s.project);
  const { t } = useT();
  const format = useFormat();
  // A colleague's link: shown with their name, without Edit and Delete (their layer is read-only).
  const theirs =
    project && !isOwnRecord(end.row.link, project.coder.id) ? coderLabel(end.row.link.coderId, project, t) : null;
  const { other, outgoing } = end;
  const typeName = type?.name ?? t('reader:unknownType');
  const arrow = (
    <span className="link-dir" title={outgoing ? t('reader:outgoing') : t('reader:incoming')}>
      {outgoing ? '→' : '←'}
    </span>
  );
  const typeLabel = (
    <span className="link-type" style={{ color: type?.color }}>
      {typeName}
    </span>
  );
  const remove = async () => {
    const failure = await deleteLink(end.row.link.id);
    if (failure) notify('error', t('reader:linkNotDeleted', { reason: failure }));
  };
  const date = other ? format.date(rowStatementDate(other)) : null;
  return (
    <li className="link-item">
      {other ? (
        <button
          type="button"
          className="link-open"
          aria-label={t(outgoing ? 'reader:linksTo' : 'reader:linkedFrom', {
            quote: shortQuote(other.annotation.quote.exact, 60),
            type: typeName,
            document: other.documentTitle,
          })}
          onClick={() =>
            navigate({ view: 'reader', documentId: other.annotation.documentId, annotationId: other.annotation.id })
          }
        >
          {arrow}
          {typeLabel}
          <q className="link-quote">{shortQuote(other.annotation.quote.exact, 160)}</q>
          <span className="link-where">
            {other.documentTitle}
            {date ? ` · ${date}` : ''}
          </span>
          {end.row.link.note && <span className="link-note">{end.row.link.note}</span>}
        </button>
      ) : (
        <span className="link-open">
          {arrow}
          {typeLabel}
          <span className="link-broken">{t('reader:brokenLink')}</span>
          <span className="link-where">{t('reader:otherEndDeleted')}</span>
          {end.row.link.note && <span className="link-note">{end.row.link.note}</span>}
        </span>
      )}
      {theirs && (
        <span className="link-coder" title={t('reader:readOnlyLayer', { coder: theirs })}>
          {theirs}
        </span>
      )}
      {!theirs && (
        <span className="link-actions">
          <button
            type="button"
            className="link-delete"
            aria-label={t(other ? 'reader:editLink' : 'reader:editBrokenLink', { type: typeName })}
            onClick={() => editLink(end.row.link.id)}
          >
            {t('reader:edit')}
          </button>
          <button
            type="button"
            className="link-delete"
            aria-label={t(other ? 'reader:deleteLink' : 'reader:deleteBrokenLink', { type: typeName })}
            onClick={() => void remove()}
          >
            {t('reader:delete')}
          </button>
        </span>
      )}
    </li>
  );
}
