import { describe, expect, it } from 'vitest';
import { translator } from '../../../../shared/i18n/i18n.ts';
import type { SyncStatus } from '../../../../shared/sync/sync-types.ts';
import { syncButtonLabel, syncButtonState } from './sync-button-state.ts';

const en = translator('en');
const ru = translator('ru');

const shared: SyncStatus = {
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
const failed = (offline: boolean): SyncStatus['last'] => ({
  at: '2026-12-02T10:00:00.000Z',
  ok: false,
  error: { key: 'sync:error-failed', params: { reason: 'x' } },
  offline,
});

describe('the Sync button state', () => {
  it('is not shared before the status is read and for a project without a remote', () => {
    expect(syncButtonState(null)).toEqual({ kind: 'notConnected' });
    expect(syncButtonState({ ...shared, connected: false, remote: null, localChanges: 4 })).toEqual({
      kind: 'notConnected',
    });
  });

  it('puts a running sync first, then conflicts, then a failure, then local work, then the remote', () => {
    const busy = { ...shared, openConflicts: 2, last: failed(false), localChanges: 3, behind: true };
    expect(syncButtonState(busy, true).kind).toBe('syncing');
    expect(syncButtonState({ ...busy, syncing: true }).kind).toBe('syncing');
    expect(syncButtonState(busy)).toEqual({ kind: 'conflicts', count: 2 });
    expect(syncButtonState({ ...busy, openConflicts: 0 }).kind).toBe('failed');
    expect(syncButtonState({ ...busy, openConflicts: 0, last: failed(true) }).kind).toBe('offline');
    const ok = { ...busy, openConflicts: 0, last: { ...failed(false), ok: true, error: null } } as SyncStatus;
    expect(syncButtonState(ok)).toEqual({ kind: 'local', count: 3 });
    expect(syncButtonState({ ...ok, localChanges: 0 }).kind).toBe('behind');
    expect(syncButtonState({ ...ok, localChanges: 0, behind: false }).kind).toBe('upToDate');
  });

  it('is offline as of the last look at the remote, and leaves it when the remote answers again', () => {
    const at = '2026-12-02T10:05:00.000Z';
    expect(syncButtonState({ ...shared, lastFetch: { at, offline: true } }).kind).toBe('offline');
    const wasOffline = { ...shared, localChanges: 2, last: failed(true) };
    expect(syncButtonState(wasOffline).kind).toBe('offline');
    expect(syncButtonState({ ...wasOffline, lastFetch: { at, offline: false } })).toEqual({ kind: 'local', count: 2 });
    // A refused sync stays failed whatever the look found.
    expect(syncButtonState({ ...shared, last: failed(false), lastFetch: { at, offline: false } }).kind).toBe('failed');
  });

  it('says there are local changes when their number is unknown or they are committed but not pushed', () => {
    expect(syncButtonState({ ...shared, localChanges: null }).kind).toBe('localUnknown');
    expect(syncButtonState({ ...shared, ahead: true }).kind).toBe('localUnknown');
  });

  it('words each state, with plurals in both languages', () => {
    expect(syncButtonLabel({ kind: 'local', count: 1 }, en)).toBe('1 local change');
    expect(syncButtonLabel({ kind: 'local', count: 5 }, en)).toBe('5 local changes');
    expect(syncButtonLabel({ kind: 'conflicts', count: 1 }, en)).toBe('1 conflict');
    expect(syncButtonLabel({ kind: 'upToDate' }, en)).toBe('Up to date');
    expect(syncButtonLabel({ kind: 'conflicts', count: 1 }, ru)).toBe('1 конфликт');
    expect(syncButtonLabel({ kind: 'conflicts', count: 3 }, ru)).toBe('3 конфликта');
    expect(syncButtonLabel({ kind: 'conflicts', count: 5 }, ru)).toBe('5 конфликтов');
    expect(syncButtonLabel({ kind: 'local', count: 21 }, ru)).toBe('21 изменение здесь');
    expect(syncButtonLabel({ kind: 'offline' }, ru)).toBe('Нет сети');
  });
});
