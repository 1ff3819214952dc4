import type { Translate } from '../../../../shared/i18n/i18n.ts';
import type { BackupInfo } from '../../../../shared/backups/backup-info.ts';
import type { Language } from '../../../../shared/i18n/languages.ts';
import { formatDate, intlLocale } from '../../../../shared/library/format-date.ts';
import { wordMessage } from '../../../../shared/i18n/word.ts';

/** Why a backup was taken, in the window's language. */
export function backupReason(
  t: Translate,
  backup: Pick<BackupInfo, 'reason' | 'step'>,
  language: Language = 'en',
): string {
  switch (backup.reason) {
    case 'open':
      return t('backups:reasonOpen');
    case 'interval':
      return t('backups:reasonInterval');
    case 'manual':
      return t('backups:reasonManual');
    default:
      return backup.step
        ? t('backups:reasonBefore', { step: wordMessage(t, backup.step, (iso) => formatMoment(language, iso)) })
        : t('backups:reasonBeforeChange');
  }
}

const units = ['backups:kilobytes', 'backups:megabytesValue', 'backups:gigabytes', 'backups:terabytes'] as const;

/** "912 KB", "12.4 MB", «1,2 ГБ»: sizes as a file manager shows them, numbers as the language writes them. */
export function formatBytes(t: Translate, language: Language, bytes: number): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(intlLocale(language), {
      maximumFractionDigits: digits,
      minimumFractionDigits: digits,
    }).format(value);
  if (bytes < 1024) return t('backups:bytes', { value: number(bytes, 0) });
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return t(units[unit] as (typeof units)[number], { value: number(value, value >= 100 ? 0 : 1) });
}

/** A moment (ISO, UTC) in the user's own time zone and language: «1 декабря 2026 г. в 23:08». */
export function formatMoment(language: Language, iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return formatDate(local, { language });
}
