import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo, BackupList } from '../../../../shared/backups/backup-info.ts';
import { requireApi } from '../../store/api.ts';
import { useAppStore } from '../../store/app-store.ts';
import { messageOf } from '../../store/notice-slice.ts';
import { askToConfirm } from '../../ui/confirm-store.ts';
import { countOf } from '../../ui/count-of.ts';
import { BackupSettingsForm } from './BackupSettingsForm.tsx';
import { backupReason, formatBytes, formatMoment } from './backup-words.ts';
import { SetAsideList } from './SetAsideList.tsx';
import './backups.css';

/**
 * The project's backups (#/backups): when each was taken and why, what it
 * holds, the space they take within their cap; restore one (undoable), take
 * one now, and the damaged files set aside at open, to look at and restore.
 */
export function BackupsView() {
  const [list, setList] = useState<BackupList | null>(null);
  const [busy, setBusy] = useState(false);
  const notify = useAppStore((s) => s.notify);
  const applyChange = useAppStore((s) => s.applyChange);
  const refreshHistory = useAppStore((s) => s.refreshHistory);

  const load = useCallback(async () => {
    try {
      setList(await requireApi().listBackups({}));
    } catch (error) {
      notify('error', `Could not list the backups: ${messageOf(error)}`);
    }
  }, [notify]);
  useEffect(() => void load(), [load]);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      notify('error', messageOf(error));
    } finally {
      setBusy(false);
      await load();
    }
  };

  const backUpNow = () =>
    act(async () => {
      const backup = await requireApi().takeBackup({});
      notify(
        'info',
        `Backed up: ${countOf(backup.counts.documents, 'document')}, ${countOf(backup.counts.annotations, 'annotation')}.`,
      );
    });

  const restore = async (backup: BackupInfo) => {
    const c = backup.counts;
    const yes = await askToConfirm(
      `Restore the backup of ${formatMoment(backup.created)}? The project becomes exactly what it was then: ` +
        `${countOf(c.documents, 'document')}, ${countOf(c.annotations, 'annotation')}, ${countOf(c.links, 'link')}. ` +
        'What it is now is backed up first, and Undo brings it back.',
      { confirmLabel: 'Restore' },
    );
    if (!yes) return;
    await act(async () => {
      const result = await requireApi().restoreBackup({ backupId: backup.id });
      applyChange(result.change, false);
      await refreshHistory();
      notify('info', `Restored the backup of ${formatMoment(backup.created)}.`);
    });
  };

  if (!list) return <div className="backups-view empty-hint">Reading the backups…</div>;
  return (
    <div className="backups-view">
      <header className="backups-header">
        <h1>Backups</h1>
        <p className="backups-usage">
          {formatBytes(list.usedBytes)} of {formatBytes(list.capBytes)} used · {countOf(list.backups.length, 'backup')}
        </p>
        <button type="button" className="primary" disabled={busy} onClick={() => void backUpNow()}>
          Back up now
        </button>
      </header>
      <p className="backups-explainer">
        Glossator backs the project up when it opens, before every import, deletion, merge and restore, and after every{' '}
        {countOf(list.intervalMinutes, 'minute')} of changes. It keeps the last ten, then one a day for a week and one a
        week for two months, within the size below. The backups are in the project's <code>.backups</code> folder.
      </p>
      {list.lastFailure && (
        <p className="backups-failure" role="alert">
          The last backup failed ({formatMoment(list.lastFailure.at)}): {list.lastFailure.message}
        </p>
      )}
      <BackupSettingsForm list={list} onSaved={setList} />
      <table className="backups-table">
        <thead>
          <tr>
            <th scope="col">Taken</th>
            <th scope="col">Why</th>
            <th scope="col" className="number">
              Documents
            </th>
            <th scope="col" className="number">
              Annotations
            </th>
            <th scope="col" className="number">
              Links
            </th>
            <th
              scope="col"
              className="number"
              title="Space this backup alone takes (contents shared with others count once)"
            >
              Own size
            </th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.backups.map((b) => (
            <tr key={b.id}>
              <td className="nowrap">{formatMoment(b.created)}</td>
              <td className="backups-why" title={backupReason(b)}>
                {backupReason(b)}
              </td>
              <td className="number">{b.counts.documents}</td>
              <td className="number">{b.counts.annotations}</td>
              <td className="number">{b.counts.links}</td>
              <td
                className="number"
                title={`The project then: ${formatBytes(b.projectBytes)} in ${countOf(b.files, 'file')}`}
              >
                {formatBytes(b.ownBytes)}
              </td>
              <td>
                <button
                  type="button"
                  className="quiet small"
                  disabled={busy}
                  aria-label={`Restore the backup of ${formatMoment(b.created)}`}
                  onClick={() => void restore(b)}
                >
                  Restore…
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.backups.length === 0 && <p className="empty-hint">No backups yet.</p>}
      <SetAsideList files={list.setAside} busy={busy} act={act} />
    </div>
  );
}
