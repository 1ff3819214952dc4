/**
 * Whether the window syncs a project on a timer, remembered in the window's storage per project id (as the
 * result-layer choice is): off unless the user turned it on.
 */
export const SYNC_TIMER_MINUTES = 10;

const storageKey = (projectId: string) => `glossator.syncTimer.${projectId}`;

export function rememberedSyncTimer(storage: Pick<Storage, 'getItem'> | undefined, projectId: string): boolean {
  try {
    return storage?.getItem(storageKey(projectId)) === 'on';
  } catch {
    return false;
  }
}

export function rememberSyncTimer(storage: Pick<Storage, 'setItem'> | undefined, projectId: string, on: boolean): void {
  try {
    storage?.setItem(storageKey(projectId), on ? 'on' : 'off');
  } catch {
    // A full or refused storage only means the choice is not remembered.
  }
}

export function windowStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
