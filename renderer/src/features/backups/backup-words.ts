import type { BackupInfo } from '../../../../shared/backups/backup-info.ts';

/** Why a backup was taken, as the Backups view says it. */
export function backupReason(backup: Pick<BackupInfo, 'reason' | 'step'>): string {
  switch (backup.reason) {
    case 'open':
      return 'When the project was opened';
    case 'interval':
      return 'During work (every few minutes of changes)';
    case 'manual':
      return 'Backed up by you';
    default:
      return backup.step ? `Before: ${backup.step}` : 'Before a change';
  }
}

/** "912 KB", "12.4 MB", "1.2 GB": sizes as a file manager shows them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 100 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

/** A moment in the user's own time zone, day first: "01.12.2026 23:08". */
export function formatMoment(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
