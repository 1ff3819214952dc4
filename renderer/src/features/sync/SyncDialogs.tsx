import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store/app-store.ts';
import { ConflictsDialog } from './ConflictsDialog.tsx';
import { CredentialsDialog } from './CredentialsDialog.tsx';
import { SYNC_BUTTON_ID } from './SyncButton.tsx';
import { SyncPanel } from './SyncPanel.tsx';

/** The one sync dialog on screen; when the last closes, the focus goes back to the Sync button. */
export function SyncDialogs() {
  const dialog = useAppStore((s) => s.syncDialog);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (dialog) wasOpen.current = true;
    else if (wasOpen.current) {
      wasOpen.current = false;
      document.getElementById(SYNC_BUTTON_ID)?.focus();
    }
  }, [dialog]);
  if (dialog === 'panel' || dialog === 'clone') return <SyncPanel />;
  if (dialog === 'credentials') return <CredentialsDialog />;
  if (dialog === 'conflicts') return <ConflictsDialog />;
  return null;
}
