import { useCallback, useEffect, useState } from 'react';
import type { SyncHistoryEntry } from '../../../../shared/sync/sync-types.ts';
import { useT } from '../../i18n/i18n.ts';
import { requireApi } from '../../store/api.ts';
import { useAppStore } from '../../store/app-store.ts';
import { messageOf } from '../../store/notice-slice.ts';
import { formatMoment } from '../backups/backup-words.ts';
import { entryChanges, historyKind, historyPage, olderLimit } from './history-words.ts';
import { useSyncConnected } from './use-sync-connected.ts';
import './history.css';

/**
 * The project's shared history (#/history): each commit of the shared branch, newest first — when, who, and
 * what it changed (documents, annotations per coder, shared records). Read again when the view opens, after
 * each sync this window runs and whenever the project is read again.
 */
export function HistoryView() {
  const { t, language } = useT();
  const connected = useSyncConnected();
  const project = useAppStore((s) => s.project);
  const syncsEnded = useAppStore((s) => s.syncsEnded);
  const [limit, setLimit] = useState(historyPage);
  const [entries, setEntries] = useState<SyncHistoryEntry[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const load = useCallback(async (count: number) => {
    try {
      setEntries(await requireApi().getSyncHistory({ limit: count }));
      setFailure(null);
    } catch (error) {
      setFailure(messageOf(error));
    }
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a sync ended here (syncsEnded) or the project was read again: read it again.
  useEffect(() => {
    if (connected) void load(limit);
  }, [connected, limit, load, project, syncsEnded]);

  const body = () => {
    if (connected === false) return <p className="empty-hint">{t('sync:history-notConnected')}</p>;
    if (failure)
      return (
        <p className="history-failure" role="alert">
          {t('sync:history-failed', { reason: failure })}
        </p>
      );
    if (connected === null || entries === null) return <p className="empty-hint">{t('sync:history-reading')}</p>;
    if (entries.length === 0) return <p className="empty-hint">{t('sync:history-empty')}</p>;
    const coders = project?.coders ?? [];
    // The newest first; "Show older" asks for more, up to what the contract allows.
    const more = olderLimit(entries.length, limit);
    return (
      <>
        <table className="history-table">
          <thead>
            <tr>
              <th scope="col">{t('sync:history-when')}</th>
              <th scope="col">{t('sync:history-who')}</th>
              <th scope="col">{t('sync:history-what')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => {
              const kind = historyKind(t, entry.kind);
              return (
                <tr key={entry.commit} data-testid="history-entry">
                  <td className="history-when">
                    <time dateTime={entry.at}>{formatMoment(language, entry.at)}</time>
                  </td>
                  <td className="history-who">{entry.coderName}</td>
                  <td className="history-what">
                    {kind && <span className="history-kind">{kind}</span>}
                    <ul>
                      {entryChanges(t, entry, coders).map((part) => (
                        <li key={part}>{part}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <footer className="history-footer">
          <span>{t('sync:history-count', { count: entries.length })}</span>
          {more !== null && (
            <button type="button" className="quiet" onClick={() => setLimit(more)}>
              {t('sync:history-more')}
            </button>
          )}
        </footer>
      </>
    );
  };

  return (
    <div className="history-view">
      <header className="history-header">
        <h1>{t('sync:history-title')}</h1>
        {connected && <p className="history-intro">{t('sync:history-intro')}</p>}
      </header>
      {body()}
    </div>
  );
}
