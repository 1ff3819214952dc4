import type { Translate } from '../../../../shared/i18n/i18n.ts';
import type { SyncStatus } from '../../../../shared/sync/sync-types.ts';

/** What the Sync button says, most pressing first: a sync running, conflicts, a failure, work to share or fetch. */
export type SyncButtonState =
  | { kind: 'notConnected' }
  | { kind: 'syncing' }
  | { kind: 'conflicts'; count: number }
  | { kind: 'offline' }
  | { kind: 'failed' }
  | { kind: 'local'; count: number }
  | { kind: 'localUnknown' }
  | { kind: 'behind' }
  | { kind: 'upToDate' };

/**
 * The button's state from the core's status (null: not read yet, shown as not shared). `syncing` is the
 * window's own knowledge that it is waiting on a sync, which the status read before it cannot have.
 */
export function syncButtonState(status: SyncStatus | null, syncing = false): SyncButtonState {
  if (!status?.connected) return { kind: 'notConnected' };
  if (syncing || status.syncing) return { kind: 'syncing' };
  if (status.openConflicts > 0) return { kind: 'conflicts', count: status.openConflicts };
  // Offline as of the last look at the remote (a sync's or the periodic fetch), else as the last sync found it.
  const offline = status.lastFetch ? status.lastFetch.offline : (status.last?.offline ?? false);
  if (offline) return { kind: 'offline' };
  // A failed last sync stays on the button until a sync succeeds; one that only found no network gives way
  // once the remote answers again (the saved changes that wait are shown then).
  if (status.last && !status.last.ok && !status.last.offline) return { kind: 'failed' };
  if (status.localChanges === null) return { kind: 'localUnknown' };
  if (status.localChanges > 0) return { kind: 'local', count: status.localChanges };
  // Committed but not pushed (a sync that stopped after its commit): still changes of ours to share.
  if (status.ahead) return { kind: 'localUnknown' };
  if (status.behind) return { kind: 'behind' };
  return { kind: 'upToDate' };
}

export function syncButtonLabel(state: SyncButtonState, t: Translate): string {
  switch (state.kind) {
    case 'notConnected':
      return t('sync:button-notConnected');
    case 'syncing':
      return t('sync:button-syncing');
    case 'conflicts':
      return t('sync:button-conflicts', { count: state.count });
    case 'offline':
      return t('sync:button-offline');
    case 'failed':
      return t('sync:button-failed');
    case 'local':
      return t('sync:button-local', { count: state.count });
    case 'localUnknown':
      return t('sync:button-localUnknown');
    case 'behind':
      return t('sync:button-behind');
    case 'upToDate':
      return t('sync:button-upToDate');
  }
}
