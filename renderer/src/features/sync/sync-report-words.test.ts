import { describe, expect, it } from 'vitest';
import { translator } from '../../../../shared/i18n/i18n.ts';
import { syncReportWords } from './sync-report-words.ts';

const en = translator('en');
const ru = translator('ru');
const none = { written: 0, documentsAdded: 0, conflicts: 0, forgottenUndoSteps: 0, pushed: false };

describe('the notice after a sync', () => {
  it('says nothing happened, or that ours went out', () => {
    expect(syncReportWords(none, en)).toBe('Synced: nothing new on either side.');
    expect(syncReportWords({ ...none, pushed: true }, en)).toBe('Synced: your changes are shared.');
  });

  it('counts what came in, what waits and what undo lost, one sentence each', () => {
    const report = { written: 3, documentsAdded: 1, conflicts: 2, forgottenUndoSteps: 1, pushed: true };
    expect(syncReportWords(report, en)).toBe(
      'Synced: 3 files brought in from colleagues. 1 new document. 2 conflicts to resolve. ' +
        '1 undo step would have overwritten a colleague’s change and was dropped.',
    );
    const words = syncReportWords({ ...report, written: 5, conflicts: 3 }, ru);
    expect(words).toContain(ru('sync:report-brought', { count: 5 }));
    expect(words).toContain(ru('sync:report-conflicts', { count: 3 }));
    expect(words).not.toContain('Synced');
  });
});
