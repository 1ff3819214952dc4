import { useState } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { wordText } from '../../store/notice-slice.ts';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { formatMoment } from '../backups/backup-words.ts';
import { syncButtonLabel, syncButtonState } from './sync-button-state.ts';
import { CloneSection } from './CloneSection.tsx';
import { SYNC_TIMER_MINUTES } from './sync-timer-pref.ts';

/**
 * The Team sync panel: connect and publish a project that is on this computer only; for a shared one, the
 * remote, Sync now, how the last sync ended, the open conflicts and the timer. Opened on its clone section
 * (File → Clone Shared Project…), it offers a clone whether or not this project is shared.
 */
export function SyncPanel() {
  const { t, language } = useT();
  const status = useAppStore((s) => s.syncStatus);
  const busy = useAppStore((s) => s.syncBusy);
  const auto = useAppStore((s) => s.syncAuto);
  const onClone = useAppStore((s) => s.syncDialog === 'clone');
  const { openSyncDialog, runSync, connectAndPublish, setSyncAuto, navigate } = useAppStore.getState();
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [connecting, setConnecting] = useState(false);
  const close = () => openSyncDialog(null);

  if (status?.connected && onClone) {
    return (
      <ModalDialog title={t('sync:panel-title')} onClose={close} onSubmit={() => {}} className="sync-panel">
        <CloneSection alone focus />
        <div className="modal-actions">
          <button type="button" onClick={close}>
            {t('sync:panel-close')}
          </button>
        </div>
      </ModalDialog>
    );
  }

  if (!status?.connected) {
    const connect = async () => {
      if (!url.trim() || busy) return;
      setConnecting(true);
      setError(await connectAndPublish(url.trim()));
      setConnecting(false);
    };
    return (
      <ModalDialog title={t('sync:panel-title')} onClose={close} onSubmit={() => void connect()} className="sync-panel">
        <p className="hint">{t('sync:panel-notConnected')}</p>
        <label>
          {t('sync:panel-urlLabel')}
          <input
            type="url"
            value={url}
            spellCheck={false}
            autoComplete="off"
            placeholder={t('sync:panel-urlPlaceholder')}
            onChange={(e) => setUrl(e.target.value)}
          />
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="sync-clone-actions">
          <button type="submit" className="primary" disabled={busy || !url.trim()}>
            {connecting ? t('sync:button-syncing') : t('sync:panel-connect')}
          </button>
        </div>
        <CloneSection alone={false} focus={onClone} />
        <div className="modal-actions">
          <button type="button" onClick={close}>
            {t('sync:panel-close')}
          </button>
        </div>
      </ModalDialog>
    );
  }

  const last = status.last;
  const state = syncButtonState(status, busy);
  return (
    <ModalDialog title={t('sync:panel-title')} onClose={close} onSubmit={() => void runSync()} className="sync-panel">
      <p className="sync-remote">{t('sync:panel-remote', { remote: status.remote ?? '' })}</p>
      <p className="sync-state" data-state={state.kind} data-testid="sync-panel-state">
        <span className={`nav-sync-dot nav-sync-${state.kind}`} aria-hidden="true" />
        {syncButtonLabel(state, t)}
      </p>
      {last && (
        <div className={last.ok ? 'sync-last' : 'sync-last sync-last-failed'} data-testid="sync-last">
          <p>
            {last.ok
              ? t('sync:panel-lastOk', { when: formatMoment(language, last.at) })
              : t('sync:panel-lastFailed', { when: formatMoment(language, last.at) })}
          </p>
          {!last.ok && last.error && (
            <p className="form-error" role="alert">
              {wordText(last.error, t, language)}
            </p>
          )}
        </div>
      )}
      {status.openConflicts > 0 && (
        <button type="button" className="sync-conflicts-open" onClick={() => openSyncDialog('conflicts')}>
          {t('sync:panel-openConflicts')} ({t('sync:button-conflicts', { count: status.openConflicts })})
        </button>
      )}
      <label className="sync-auto">
        <input type="checkbox" checked={auto} onChange={(e) => setSyncAuto(e.target.checked)} />
        {t('sync:panel-timer', { minutes: SYNC_TIMER_MINUTES })}
      </label>
      <div className="modal-actions">
        <button
          type="button"
          className="sync-history-open"
          onClick={() => {
            close();
            navigate({ view: 'history' });
          }}
        >
          {t('sync:panel-history')}
        </button>
        <button type="button" onClick={close}>
          {t('sync:panel-close')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('sync:button-syncing') : t('sync:panel-syncNow')}
        </button>
      </div>
    </ModalDialog>
  );
}
