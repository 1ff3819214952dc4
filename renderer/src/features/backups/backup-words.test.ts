import { describe, expect, it } from 'vitest';
import { backupReason, formatBytes, formatMoment } from './backup-words.ts';

describe('backup words', () => {
  it('says why a backup was taken, naming the step it came before', () => {
    expect(backupReason({ reason: 'before-step', step: 'Delete the tag Угроза' })).toBe(
      'Before: Delete the tag Угроза',
    );
    expect(backupReason({ reason: 'open', step: null })).toBe('When the project was opened');
  });

  it('shows sizes as a file manager does', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(1024 ** 3)).toBe('1.0 GB');
    expect(formatBytes(250 * 1024 ** 2)).toBe('250 MB');
  });

  it('shows a moment day first, in local time', () => {
    const local = new Date(2026, 11, 1, 9, 5);
    expect(formatMoment(local.toISOString())).toBe('01.12.2026 09:05');
  });
});
