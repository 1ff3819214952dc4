import { DialogFooter } from '../../ui/DialogFooter.tsx';
import { useState } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { useAppStore } from '../../store/app-store.ts';
import { ModalDialog } from '../../ui/ModalDialog.tsx';

/**
 * The user name and access token the shared repository asked for. The token lives in this dialog's state
 * only for the one sync (or clone) it is given to (the core keeps it, encrypted, once it worked); Cancel
 * changes nothing (for a clone, it goes back to the panel's clone section with the address kept).
 */
export function CredentialsDialog() {
  const { t } = useT();
  const busy = useAppStore((s) => s.syncBusy);
  const pendingClone = useAppStore((s) => s.pendingClone);
  const { openSyncDialog, runSync, cloneShared, notify } = useAppStore.getState();
  const [user, setUser] = useState('');
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => openSyncDialog(pendingClone ? 'clone' : null);

  const submit = async () => {
    if (!user.trim() || !token || busy) return;
    const credentials = { user: user.trim(), token };
    const outcome = pendingClone ? await cloneShared(pendingClone, credentials) : await runSync({ credentials });
    setToken('');
    if (outcome.ok) return close();
    if (outcome.auth) return setError(outcome.message);
    if (pendingClone) {
      // The clone section words it, beside the address that failed.
      useAppStore.setState({ pendingClone: { ...pendingClone, error: outcome.message } });
      return close();
    }
    close();
    notify('error', outcome.message);
  };

  return (
    <ModalDialog
      title={t('sync:credentials-title')}
      onClose={close}
      onSubmit={() => void submit()}
      className="sync-credentials"
    >
      <label>
        {t('sync:credentials-user')}
        <input
          value={user}
          autoComplete="username"
          spellCheck={false}
          onChange={(e) => setUser(e.target.value)}
          maxLength={200}
        />
      </label>
      <label>
        {t('sync:credentials-token')}
        <input
          type="password"
          value={token}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setToken(e.target.value)}
          maxLength={4000}
        />
      </label>
      <p className="hint">{t('sync:credentials-hint')}</p>
      <DialogFooter
        error={error}
        onCancel={close}
        submitLabel={t(pendingClone ? 'sync:credentials-submitClone' : 'sync:credentials-submit')}
        busyLabel={t(pendingClone ? 'sync:panel-cloning' : 'sync:button-syncing')}
        busy={busy}
        disabled={!user.trim() || !token}
      />
    </ModalDialog>
  );
}
