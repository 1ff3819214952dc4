import type { ReactNode } from 'react';
import type { DecisionRow } from '../../../../shared/curation/curation-types.ts';
import type { Tag } from '../../../../shared/model/codebook.ts';
import { useT } from '../../i18n/i18n.ts';
import { hashOf } from '../../store/route-slice.ts';
import { formatMoment } from '../backups/backup-words.ts';
import { useVirtualRows } from '../library/use-virtual-rows.ts';
import {
  consideredText,
  decisionText,
  editedText,
  type NameOf,
  resultText,
  shortQuote,
  sourceWords,
} from './decision-words.ts';

interface Props {
  rows: readonly DecisionRow[];
  tags: readonly Tag[];
  nameOf: NameOf;
  onOpenDocument: (documentId: string) => void;
  /** When it changes (other filters), the table starts again from the top. */
  resetKey: unknown;
  empty: ReactNode;
}

/** Three short lines a cell: what was decided, what it made, and what it was weighed against. */
const ROW_HEIGHT = 76;

const columns = ['when', 'document', 'decision', 'result', 'sources', 'reason', 'curator'] as const;

/**
 * The decision log as a table, newest first. Only the rows in view are
 * rendered (a log of twenty thousand decisions costs a screenful), and the
 * words of each are made when it comes into view. A replaced decision is
 * struck through and says so; a conflict carries a sign and a word.
 */
export function DecisionLogTable({ rows, tags, nameOf, onOpenDocument, resetKey, empty }: Props) {
  const { t, language } = useT();
  const { box, onScroll, first, last } = useVirtualRows({
    count: rows.length,
    rowHeight: ROW_HEIGHT,
    initialScrollTop: 0,
    onScrollTop: () => {},
    resetKey,
  });

  const body: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    const row = rows[i] as DecisionRow;
    const d = row.decision;
    const replaced = row.replacedBy !== null;
    const edited = editedText(t, d, nameOf);
    const considered = consideredText(t, d, nameOf);
    const result = resultText(t, row, tags);
    const quote = shortQuote(row.quote);
    const className = [replaced ? 'replaced' : '', row.conflict ? 'conflict' : ''].filter(Boolean).join(' ');
    body.push(
      <tr
        key={d.id}
        aria-rowindex={i + 2}
        className={className || undefined}
        data-testid="decision-row"
        data-decision-id={d.id}
        data-kind={d.kind}
        style={{ top: i * ROW_HEIGHT, height: ROW_HEIGHT }}
      >
        <td className="log-when">{formatMoment(language, d.at)}</td>
        <td className="log-document">
          <a
            href={hashOf({ view: 'compare', documentId: d.documentId })}
            title={t('curationView:openInCompare', { title: row.documentTitle })}
            onClick={(e) => {
              e.preventDefault();
              onOpenDocument(d.documentId);
            }}
          >
            {row.documentTitle}
          </a>
        </td>
        <td className="log-decision">
          <span className="log-kind" title={decisionText(t, d, nameOf)}>
            {decisionText(t, d, nameOf)}
          </span>
          {edited && (
            <span className="log-sub" title={edited}>
              {edited}
            </span>
          )}
          {replaced && (
            <span className="log-replaced">
              <span aria-hidden="true">↺ </span>
              {t('curationView:replaced')}
            </span>
          )}
          {row.conflict && (
            <span className="log-conflict" title={t('curationView:conflictTitle')}>
              <span aria-hidden="true">⚠ </span>
              {t('curationView:conflict')}
            </span>
          )}
        </td>
        <td className="log-result">
          {result && <span className="log-tag">{result}</span>}
          {quote && (
            <span className="log-quote" title={row.quote}>
              {t('curationView:quoted', { quote })}
            </span>
          )}
        </td>
        <td className="log-sources">
          <span className="log-source-list">
            {sourceWords(row, nameOf).map((s, n) => (
              <span key={s.id} className={s.gone ? 'log-source gone' : 'log-source'}>
                {n > 0 && t('curationView:listSeparator')}
                {s.name}
                {s.gone && (
                  <span className="log-gone" title={t('curationView:goneTitle')}>
                    {' '}
                    <span aria-hidden="true">✕ </span>
                    {t('curationView:gone')}
                  </span>
                )}
              </span>
            ))}
          </span>
          {considered && (
            <span className="log-sub" title={considered}>
              {considered}
            </span>
          )}
        </td>
        <td className="log-reason" title={[...d.quickReasons, d.reason].filter(Boolean).join('\n')}>
          {d.quickReasons.length > 0 && (
            <span className="log-quick-reasons">
              {d.quickReasons.map((r) => (
                <span key={r} className="log-quick-reason">
                  {r}
                </span>
              ))}
            </span>
          )}
          {d.reason && <span className="log-reason-text">{d.reason}</span>}
        </td>
        <td className="log-curator" title={d.curatorName}>
          <span className="log-curator-name">{d.curatorName}</span>
        </td>
      </tr>,
    );
  }

  return (
    <div ref={box} className="decision-log" onScroll={onScroll}>
      <table aria-label={t('curationView:tableLabel')} aria-rowcount={rows.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((c) => (
              <th key={c} className={`log-${c}`}>
                {t(`curationView:col-${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody style={{ height: rows.length * ROW_HEIGHT }}>{body}</tbody>
      </table>
      {rows.length === 0 && <div className="log-empty">{empty}</div>}
    </div>
  );
}
