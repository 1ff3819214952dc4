import { describe, expect, it } from 'vitest';
import { translator } from '../../../../shared/i18n/i18n.ts';
import { message } from '../../../../shared/i18n/message.ts';
import { backupReason, formatBytes, formatMoment } from './backup-words.ts';

const en = translator('en');
const ru = translator('ru');

describe('backup words', () => {
  it('says why a backup was taken, naming the step it came before', () => {
    const step = message('history:deleteTag', { name: 'Угроза' });
    expect(backupReason(en, { reason: 'before-step', step })).toBe('Before: Delete the tag Угроза');
    expect(backupReason(ru, { reason: 'before-step', step }, 'ru')).toBe(
      `${ru('backups:reasonBefore', { step: 'Удалить тег Угроза' })}`,
    );
    // A step written before steps were codes reads as it was written.
    const old = message('history:asWritten', { label: 'Delete the tag Угроза' });
    expect(backupReason(en, { reason: 'before-step', step: old })).toBe('Before: Delete the tag Угроза');
    const restore = message('history:restoreBackup', { when: new Date(2026, 11, 1, 9, 5).toISOString() });
    expect(backupReason(ru, { reason: 'before-restore', step: restore }, 'ru')).toContain(
      'Восстановить резервную копию от 1 декабря 2026 г. в 09:05',
    );
    expect(backupReason(ru, { reason: 'open', step: null })).toBe('При открытии проекта');
  });

  it('shows sizes as a file manager does, in the language', () => {
    expect(formatBytes(en, 'en', 512)).toBe('512 B');
    expect(formatBytes(en, 'en', 1536)).toBe('1.5 KB');
    expect(formatBytes(en, 'en', 1024 ** 3)).toBe('1.0 GB');
    expect(formatBytes(en, 'en', 250 * 1024 ** 2)).toBe('250 MB');
    expect(formatBytes(ru, 'ru', 1536)).toBe('1,5 КБ');
  });

  it('shows a moment in local time, in the language', () => {
    const local = new Date(2026, 11, 1, 9, 5);
    expect(formatMoment('ru', local.toISOString())).toBe('1 декабря 2026 г. в 09:05');
    expect(formatMoment('en', local.toISOString())).toBe('1 Dec 2026, 09:05');
  });
});
