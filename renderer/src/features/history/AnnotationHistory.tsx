import { useEffect, useState } from 'react';
import type { AnnotationHistoryEntry } from '../../../../shared/sync/sync-types.ts';
import { useT } from '../../i18n/i18n.ts';
import { requireApi } from '../../store/api.ts';
import { useAppStore } from '../../store/app-store.ts';
import { messageOf } from '../../store/notice-slice.ts';
import { formatMoment } from '../backups/backup-words.ts';
import { useSyncConnected } from './use-sync-connected.ts';
import './history.css';

const changeKeys = {
  added: 'sync:annotation-added',
  changed: 'sync:annotation-changed',
  removed: 'sync:annotation-removed',
} as const;

/**
 * "Changes from the history" under an annotation's details: who added and changed it, and when, as the shared
 * history has it. Only in a shared project; the history is read when the block is opened (reading it walks
 * git), and again for another annotation or after a sync while it stays open.
 */
export function AnnotationHistory({ annotationId }: { annotationId: string }) {
  const connected = useSyncConnected();
  if (!connected) return null;
  return <HistoryBlock annotationId={annotationId} />;
}

function HistoryBlock({ annotationId }: { annotationId: string }) {
  const { t, language } = useT();
  const [open, setOpen] = useState(false);
  const [entries, setEntries] = useState<AnnotationHistoryEntry[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const syncsEnded = useAppStore((s) => s.syncsEnded);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a sync (syncsEnded) may have brought new changes.
  useEffect(() => {
    setEntries(null);
    setFailure(null);
    if (!open) return;
    let current = true;
    requireApi()
      .getAnnotationHistory({ annotationId })
      .then(
        (found) => current && setEntries(found),
        (error) => current && setFailure(messageOf(error)),
      );
    return () => {
      current = false;
    };
  }, [open, annotationId, syncsEnded]);

  return (
    <details
      className="annotation-history"
      data-testid="annotation-history"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{t('sync:annotation-history')}</summary>
      {failure ? (
        <p role="alert">{t('sync:annotation-failed', { reason: failure })}</p>
      ) : entries === null ? (
        <p>{t('sync:annotation-reading')}</p>
      ) : entries.length === 0 ? (
        <p>{t('sync:annotation-notSynced')}</p>
      ) : (
        <ul>
          {entries.map((entry) => (
            <li key={entry.commit}>
              {t(changeKeys[entry.change], { name: entry.coderName, when: formatMoment(language, entry.at) })}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
