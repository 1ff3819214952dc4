import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyChangeSet } from '../../../shared/ipc/change-set.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { message } from '../../../shared/i18n/message.ts';
import type { SyncReport } from '../../../shared/ipc/results.ts';
import type { SyncStatus } from '../../../shared/sync/sync-types.ts';

// The core, as far as the sync slice reaches it.
const labels = { undo: null, redo: null, undoSeq: null, undoPreview: null };
const status: SyncStatus = {
  connected: true,
  remote: 'https://git.example.org/team/p.git',
  localChanges: 0,
  ahead: false,
  behind: false,
  syncing: false,
  last: null,
  openConflicts: 0,
  lastFetch: null,
};
const core = {
  getSyncStatus: vi.fn(async (_input: { fetch?: boolean }) => status),
  syncProject: vi.fn(),
  connectSync: vi.fn(async () => status),
  getHistory: vi.fn(async () => labels),
};
vi.mock('./api.ts', () => ({ api: core, requireApi: () => core }));
vi.stubGlobal('location', { hash: '#/' });
vi.stubGlobal('history', { pushState: vi.fn(), replaceState: vi.fn() });

const { useAppStore } = await import('./app-store.ts');

const report = (over: Partial<SyncReport> = {}): SyncReport => ({
  status,
  change: emptyChangeSet(),
  history: labels,
  written: 0,
  documentsAdded: 0,
  conflicts: 0,
  pushed: true,
  rounds: 1,
  forgottenUndoSteps: 0,
  credentialsNotice: null,
  ...over,
});
const authRequired = () =>
  new ApiError('forbidden', message('sync:error-auth-required'), message('sync:error-auth-required'));

const resync = vi.fn(async () => {});
beforeEach(() => {
  vi.clearAllMocks();
  useAppStore.setState({ notices: [], syncDialog: 'panel', syncBusy: false, syncsEnded: 0, resync });
});

describe('a sync from the window', () => {
  it('reads the whole project again when the sync brought files in, and says what came', async () => {
    core.syncProject.mockResolvedValue(
      report({ written: 2, documentsAdded: 1, change: { ...emptyChangeSet(), reload: true } }),
    );
    expect(await useAppStore.getState().runSync()).toEqual({ ok: true });
    expect(core.syncProject).toHaveBeenCalledWith({});
    expect(resync).toHaveBeenCalledTimes(1);
    const state = useAppStore.getState();
    expect(state.notices.at(-1)?.message).toBe('Synced: 2 files brought in from colleagues. 1 new document.');
    expect(state.syncBusy).toBe(false);
    expect(state.syncsEnded).toBe(1);
  });

  it('does not read the project again when nothing came in', async () => {
    core.syncProject.mockResolvedValue(report());
    await useAppStore.getState().runSync();
    expect(resync).not.toHaveBeenCalled();
    expect(useAppStore.getState().notices.at(-1)?.message).toBe('Synced: your changes are shared.');
  });

  it('asks for credentials when the remote wants them, but not for the timer’s sync', async () => {
    core.syncProject.mockRejectedValue(authRequired());
    const asked = await useAppStore.getState().runSync();
    expect(asked).toMatchObject({ ok: false, auth: true });
    expect(useAppStore.getState().syncDialog).toBe('credentials');
    expect(useAppStore.getState().notices).toEqual([]);

    useAppStore.setState({ syncDialog: null });
    const timer = await useAppStore.getState().runSync({ fromTimer: true });
    expect(timer).toMatchObject({ ok: false, auth: true });
    expect(useAppStore.getState().syncDialog).toBeNull();
    expect(useAppStore.getState().notices).toEqual([]);
    // The failed state comes from the core's status, read again after the failure.
    expect(core.getSyncStatus).toHaveBeenCalledTimes(2);
  });

  it('gives typed credentials to the core once and leaves a refusal to the dialog', async () => {
    core.syncProject.mockRejectedValue(
      new ApiError('forbidden', message('sync:error-auth-refused'), message('sync:error-auth-refused')),
    );
    const credentials = { user: 'anna', token: 'glpat-secret' };
    const outcome = await useAppStore.getState().runSync({ credentials });
    expect(core.syncProject).toHaveBeenCalledWith({ credentials });
    expect(outcome).toMatchObject({ ok: false, auth: true, message: expect.stringContaining('refused') });
    expect(useAppStore.getState().syncDialog).toBe('panel');
    expect(useAppStore.getState().notices).toEqual([]);
    expect(JSON.stringify(useAppStore.getState())).not.toContain('glpat-secret');
  });

  it('words any other failure as a notice', async () => {
    core.syncProject.mockRejectedValue(
      new ApiError(
        'io',
        message('sync:error-offline', { reason: 'ECONNREFUSED' }),
        message('sync:error-offline', { reason: 'ECONNREFUSED' }),
      ),
    );
    expect(await useAppStore.getState().runSync()).toMatchObject({ ok: false, auth: false });
    expect(useAppStore.getState().notices.at(-1)).toMatchObject({ kind: 'error' });
    expect(useAppStore.getState().notices.at(-1)?.message).toContain('ECONNREFUSED');
  });

  it('connects, reads the project again, then publishes; a refused address is the caller’s to show', async () => {
    core.syncProject.mockResolvedValue(report());
    expect(await useAppStore.getState().connectAndPublish('https://git.example.org/team/p.git')).toBeNull();
    expect(core.connectSync).toHaveBeenCalledWith({ url: 'https://git.example.org/team/p.git' });
    expect(resync).toHaveBeenCalledTimes(1);
    expect(core.syncProject).toHaveBeenCalledTimes(1);

    core.connectSync.mockRejectedValueOnce(
      new ApiError('invalid-input', message('sync:error-bad-url'), message('sync:error-bad-url')),
    );
    const refused = await useAppStore.getState().connectAndPublish('file:///tmp/x');
    expect(refused).toContain('https://');
    expect(core.syncProject).toHaveBeenCalledTimes(1);
  });
});
