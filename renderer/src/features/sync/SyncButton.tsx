import { useEffect } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { syncButtonLabel, syncButtonState } from './sync-button-state.ts';
import { SYNC_TIMER_MINUTES } from './sync-timer-pref.ts';

/** The button's id: dialogs give the focus back to it when they close. */
export const SYNC_BUTTON_ID = 'nav-sync';

const MINUTE = 60_000;
/** Saves come in bursts (a coding pass): the status is read once they pause. */
const AFTER_SAVE_MS = 1_500;

/** The nav bar's Team sync button: the state at a glance; a click opens the panel. */
export function SyncButton() {
  const { t } = useT();
  const status = useAppStore((s) => s.syncStatus);
  const busy = useAppStore((s) => s.syncBusy);
  const ended = useAppStore((s) => s.syncsEnded);
  const open = useAppStore((s) => s.openSyncDialog);
  useSyncTimers();
  const state = syncButtonState(status, busy);
  const label = syncButtonLabel(state, t);
  return (
    <button
      type="button"
      id={SYNC_BUTTON_ID}
      className={`nav-sync nav-sync-${state.kind}`}
      data-state={state.kind}
      data-syncs-ended={ended}
      title={t('sync:button-title', { state: label })}
      aria-haspopup="dialog"
      onClick={() => open('panel')}
    >
      <span className="nav-sync-dot" aria-hidden="true" />
      <span className="nav-sync-label">{label}</span>
    </button>
  );
}

/**
 * The status read at start, after saves (debounced: the core reads one small file), and every minute with a
 * look at the remote (a colleague's push is only seen at a fetch); the timer's sync when it is on.
 */
function useSyncTimers() {
  const auto = useAppStore((s) => s.syncAuto);
  const connected = useAppStore((s) => s.syncStatus?.connected ?? false);
  useEffect(() => {
    const store = useAppStore.getState();
    void store.refreshSyncStatus();
    let pending: ReturnType<typeof setTimeout> | null = null;
    // Every saved change refreshes the undo labels: that is the cue that something was saved.
    const stop = useAppStore.subscribe((s, before) => {
      if (s.historyLabels === before.historyLabels || s.syncBusy) return;
      if (pending) clearTimeout(pending);
      pending = setTimeout(() => void useAppStore.getState().refreshSyncStatus(), AFTER_SAVE_MS);
    });
    // Each minute the core looks at the remote (a fetch, no change here): Behind and Offline stay current.
    const minute = setInterval(() => {
      const s = useAppStore.getState();
      if (!s.syncBusy && s.syncStatus?.connected) void s.refreshSyncStatus({ fetch: true });
    }, MINUTE);
    return () => {
      stop();
      clearInterval(minute);
      if (pending) clearTimeout(pending);
    };
  }, []);
  useEffect(() => {
    if (!auto || !connected) return;
    const timer = setInterval(() => {
      const s = useAppStore.getState();
      if (!s.syncBusy) void s.runSync({ fromTimer: true });
    }, SYNC_TIMER_MINUTES * MINUTE);
    return () => clearInterval(timer);
  }, [auto, connected]);
}
