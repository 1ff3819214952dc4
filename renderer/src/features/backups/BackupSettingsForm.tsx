import { type FormEvent, useState } from 'react';
import type { BackupList } from '../../../../shared/backups/backup-info.ts';
import { useT } from '../../i18n/i18n.ts';
import { requireApi } from '../../store/api.ts';
import { useAppStore } from '../../store/app-store.ts';
import { messageOf } from '../../store/notice-slice.ts';

const MB = 1024 * 1024;

/** The size the backups may take, and how many minutes of changes between automatic ones. */
export function BackupSettingsForm({ list, onSaved }: { list: BackupList; onSaved: (list: BackupList) => void }) {
  const [capMb, setCapMb] = useState(String(Math.round(list.capBytes / MB)));
  const [minutes, setMinutes] = useState(String(list.intervalMinutes));
  const notify = useAppStore((s) => s.notify);
  const { t } = useT();
  const changed = capMb !== String(Math.round(list.capBytes / MB)) || minutes !== String(list.intervalMinutes);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const saved = await requireApi().setBackupSettings({
        capBytes: Math.round(Number(capMb) * MB),
        intervalMinutes: Math.round(Number(minutes)),
      });
      onSaved(saved);
      notify('info', t('backups:settingsSaved'));
    } catch (error) {
      notify('error', t('backups:settingsFailed', { reason: messageOf(error) }));
    }
  };

  return (
    <form className="backups-settings" onSubmit={(e) => void save(e)}>
      <label>
        {t('backups:keepAtMost')}
        <input type="number" min={10} step={10} value={capMb} onChange={(e) => setCapMb(e.target.value)} />
        {t('backups:megabytes')}
      </label>
      <label>
        {t('backups:backUpEvery')}
        <input type="number" min={1} max={1440} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
        {t('backups:minutesOfChanges')}
      </label>
      <button type="submit" className="quiet small" disabled={!changed}>
        {t('backups:save')}
      </button>
    </form>
  );
}
