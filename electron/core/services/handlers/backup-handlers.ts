import type { Handlers } from '../../../../shared/ipc/contract.ts';
import { emptyChangeSet } from '../../../../shared/ipc/change-set.ts';
import { ApiError } from '../../../../shared/ipc/errors.ts';
import { formatDate } from '../../../../shared/library/format-date.ts';
import {
  inspectSetAside,
  keepSetAside,
  listSetAside,
  setAsideFile,
  setAsideWrite,
} from '../../backups/backup-restore.ts';
import type { ProjectSession } from '../project-session.ts';

type BackupHandlers = Pick<
  Handlers,
  'listBackups' | 'takeBackup' | 'restoreBackup' | 'setBackupSettings' | 'inspectSetAside' | 'restoreSetAside'
>;

/** The Backups view: list, take, restore (undoable), the cap, and the damaged files set aside. */
export function backupHandlers(session: ProjectSession): BackupHandlers {
  const list = async () => {
    const backups = session.backups;
    const { backups: all, usedBytes } = await backups.list();
    const settings = backups.settings();
    return {
      backups: all,
      usedBytes,
      capBytes: settings.capBytes,
      intervalMinutes: settings.intervalMinutes,
      setAside: await listSetAside(backups),
      lastFailure: backups.lastFailure(),
    };
  };
  const reloaded = () => ({ change: { ...emptyChangeSet(), reload: true }, history: session.history.labels() });
  return {
    listBackups: list,
    async takeBackup() {
      return session.backups.take('manual');
    },
    async restoreBackup({ backupId }) {
      const known = (await session.backups.list()).backups.find((b) => b.id === backupId);
      if (!known) throw new ApiError('not-found', `There is no backup ${backupId} of this project.`);
      await session.restore(backupId, `Restore the backup of ${formatDate(known.created)}`);
      return reloaded();
    },
    async setBackupSettings(settings) {
      await session.backups.setSettings(settings);
      return list();
    },
    async inspectSetAside({ path }) {
      return inspectSetAside(session.backups, path);
    },
    async restoreSetAside({ path }) {
      const file = await setAsideFile(session.backups, path);
      const write = await setAsideWrite(session.backups, file);
      await session.restoreFiles(`Restore ${file.original} from a backup`, [write], () =>
        keepSetAside(session.store.dir, file),
      );
      return reloaded();
    },
  };
}
