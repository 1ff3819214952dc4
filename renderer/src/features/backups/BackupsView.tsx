import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo, BackupList } from '../../../../shared/backups/backup-info.ts';
import { useT } from '../../i18n/i18n.ts';
import { requireApi } from '../../store/api.ts';
import { useAppStore } from '../../store/app-store.ts';
import { messageOf } from '../../store/notice-slice.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { askToConfirm } from '../../ui/confirm-store.ts';
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
  const { t } = useT();
  const { language, number } = useFormat();
  const moment = (iso: string) => formatMoment(language, iso);
  const size = (bytes: number) => formatBytes(t, language, bytes);

  const load = useCallback(async () => {
    try {
      setList(await requireApi().listBackups({}));
    } catch (error) {
      notify('error', t('backups:listFailed', { reason: messageOf(error) }));
    }
  }, [notify, t]);
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
        t('backups:backedUp', {
          documents: t('backups:documentCount', { count: backup.counts.documents }),
          annotations: t('backups:annotationCount', { count: backup.counts.annotations }),
        }),
      );
    });

  const restore = async (backup: BackupInfo) => {
    const c = backup.counts;
    const yes = await askToConfirm(
      t('backups:restoreQuestion', {
        when: moment(backup.created),
        documents: t('backups:documentCount', { count: c.documents }),
        annotations: t('backups:annotationCount', { count: c.annotations }),
        links: t('backups:linkCount', { count: c.links }),
      }),
      { confirmLabel: t('backups:restore') },
    );
    if (!yes) return;
    await act(async () => {
      const result = await requireApi().restoreBackup({ backupId: backup.id });
      applyChange(result.change, false);
      await refreshHistory();
      notify('info', t('backups:restored', { when: moment(backup.created) }));
    });
  };

  if (!list) return <div className="backups-view empty-hint">{t('backups:reading')}</div>;
  return (
    <div className="backups-view">
      <header className="backups-header">
        <h1>{t('backups:title')}</h1>
        <p className="backups-usage">
          {t('backups:usage', {
            used: size(list.usedBytes),
            cap: size(list.capBytes),
            backups: t('backups:backupCount', { count: list.backups.length }),
          })}
        </p>
        <button type="button" className="primary" disabled={busy} onClick={() => void backUpNow()}>
          {t('backups:backUpNow')}
        </button>
      </header>
      <p className="backups-explainer">
        {t('backups:explainer', { interval: t('backups:minutes', { count: list.intervalMinutes }) })}
      </p>
      {list.lastFailure && (
        <p className="backups-failure" role="alert">
          {t('backups:lastFailure', { when: moment(list.lastFailure.at), reason: list.lastFailure.message })}
        </p>
      )}
      <BackupSettingsForm list={list} onSaved={setList} />
      <table className="backups-table">
        <thead>
          <tr>
            <th scope="col">{t('backups:taken')}</th>
            <th scope="col">{t('backups:why')}</th>
            <th scope="col" className="number">
              {t('backups:documents')}
            </th>
            <th scope="col" className="number">
              {t('backups:annotations')}
            </th>
            <th scope="col" className="number">
              {t('backups:links')}
            </th>
            <th scope="col" className="number" title={t('backups:ownSizeHint')}>
              {t('backups:ownSize')}
            </th>
            <th scope="col">
              <span className="sr-only">{t('backups:actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.backups.map((b) => (
            <tr key={b.id}>
              <td className="nowrap">{moment(b.created)}</td>
              <td className="backups-why" title={backupReason(t, b, language)}>
                {backupReason(t, b, language)}
              </td>
              <td className="number">{number(b.counts.documents)}</td>
              <td className="number">{number(b.counts.annotations)}</td>
              <td className="number">{number(b.counts.links)}</td>
              <td
                className="number"
                title={t('backups:projectThen', {
                  size: size(b.projectBytes),
                  files: t('backups:files', { count: b.files }),
                })}
              >
                {size(b.ownBytes)}
              </td>
              <td>
                <button
                  type="button"
                  className="quiet small"
                  disabled={busy}
                  aria-label={t('backups:restoreLabel', { when: moment(b.created) })}
                  onClick={() => void restore(b)}
                >
                  {t('backups:restoreButton')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.backups.length === 0 && <p className="empty-hint">{t('backups:none')}</p>}
      <SetAsideList files={list.setAside} busy={busy} act={act} />
    </div>
  );
}
