import type { Handlers } from '../../../../shared/ipc/contract.ts';
import { emptyChangeSet } from '../../../../shared/ipc/change-set.ts';
import { ApiError } from '../../../../shared/ipc/errors.ts';
import {
  inspectSetAside,
  keepSetAside,
  listSetAside,
  setAsideFile,
  setAsideWrite,
} from '../../backups/backup-restore.ts';
import type { ProjectSession } from '../project-session.ts';
import { message } from '../../../../shared/i18n/message.ts';

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
      if (!known) throw new ApiError('not-found', message('errors:noBackup', { id: backupId }));
      await session.restore(backupId, message('history:restoreBackup', { when: known.created }));
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
      await session.restoreFiles(message('history:restoreFile', { file: file.original }), [write], () =>
        keepSetAside(session.store.dir, file),
      );
      return reloaded();
    },
  };
}
