import { randomBytes } from 'node:crypto';
import { rm, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { FileKind, OpenedFile, SaveTarget, SavedFile } from '../../../shared/ipc/file-ticket.ts';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { message } from '../../../shared/i18n/message.ts';
import { nodeFs, syncDirectory, tempFileFor, type WriteFs } from '../fs/durable-write.ts';
import { StagingFolder } from './staging-folder.ts';

/**
 * What a shell offers for choosing files: Electron's save and open dialogs,
 * or the loopback server's download slots (a browser picks a file itself
 * and uploads it, so the server offers no open dialog).
 */
export interface FileShell {
  chooseSave(kind: FileKind, suggestedName: string): Promise<SaveTarget | null>;
  chooseOpen(kind: FileKind): Promise<OpenedFile | null>;
}

/** How long a ticket stays good: long enough for a slow export, short enough that forgotten files go. */
const TICKET_MS = 60 * 60 * 1000;
/** How long a written download waits for the browser to fetch it. */
const DOWNLOAD_MS = 10 * 60 * 1000;

type Grant =
  | { mode: 'save'; path: string; name: string; expires: number; download: boolean }
  | { mode: 'open'; path: string; name: string; bytes: number; expires: number; owned: boolean; opened: boolean };

interface Download {
  path: string;
  name: string;
  bytes: number;
  expires: number;
}

export interface FileGateOptions {
  /** The parent of this process's staging folder (default: the system's temp folder). */
  stagingRoot?: string;
  ticketMs?: number;
  downloadMs?: number;
  now?: () => number;
  fs?: WriteFs;
}

/**
 * The one way files cross between the window and the core. A shell (or the
 * CLI) grants a path as a ticket — random, good once, expiring — and the
 * window passes the ticket to the call that reads or writes the file. The
 * window never names a path itself, so a page can reach only the files the
 * user chose. Uploaded and to-be-downloaded files live in a private staging
 * folder, removed when the gate closes (and, if a crash left it, at the
 * next start: see StagingFolder).
 */
export class FileGate {
  private readonly grants = new Map<string, Grant>();
  private readonly downloads = new Map<string, Download>();
  private shell: FileShell | null = null;
  readonly staging: StagingFolder;
  private readonly now: () => number;
  private readonly ticketMs: number;
  private readonly downloadMs: number;
  private readonly fs: WriteFs;

  constructor(options: FileGateOptions = {}) {
    this.staging = new StagingFolder(options.stagingRoot);
    this.now = options.now ?? Date.now;
    this.ticketMs = options.ticketMs ?? TICKET_MS;
    this.downloadMs = options.downloadMs ?? DOWNLOAD_MS;
    this.fs = options.fs ?? nodeFs;
  }

  /** The shell's way of choosing files (set once the shell starts). */
  setShell(shell: FileShell): void {
    this.shell = shell;
  }

  async chooseSave(kind: FileKind, suggestedName: string): Promise<SaveTarget | null> {
    return this.requireShell().chooseSave(kind, suggestedName);
  }

  async chooseOpen(kind: FileKind): Promise<OpenedFile | null> {
    return this.requireShell().chooseOpen(kind);
  }

  /** A ticket to write `path` (shown to the user as `name`). */
  grantSave(path: string, name: string): string {
    return this.add({ mode: 'save', path, name, expires: this.now() + this.ticketMs, download: false });
  }

  /** A ticket to write a file the browser then downloads once (the loopback server's save). */
  async grantDownload(name: string): Promise<string> {
    const path = await this.staging.newFile(name);
    return this.add({ mode: 'save', path, name, expires: this.now() + this.ticketMs, download: true });
  }

  /**
   * A ticket to read `path` once. `owned`: the file is the gate's (an
   * upload in the staging folder) and is deleted on release or expiry.
   */
  grantOpen(path: string, name: string, bytes: number, { owned = false } = {}): string {
    return this.add({ mode: 'open', path, name, bytes, expires: this.now() + this.ticketMs, owned, opened: false });
  }

  /** The file of an open ticket; a ticket opens once. Call `release` when done with it. */
  open(ticket: string): { path: string; name: string; bytes: number } {
    const grant = this.live(ticket);
    if (grant?.mode !== 'open' || grant.opened) throw unknownTicket();
    grant.opened = true;
    return { path: grant.path, name: grant.name, bytes: grant.bytes };
  }

  /** Forgets a ticket; an uploaded file goes with it. */
  release(ticket: string): void {
    const grant = this.grants.get(ticket);
    if (!grant) return;
    this.grants.delete(ticket);
    if (grant.mode === 'open' && grant.owned) void unlink(grant.path).catch(() => {});
  }

  /**
   * Writes the file of a save ticket (used up, whatever happens): `write`
   * writes the whole file at a temp path beside the target; the gate
   * flushes it, renames it onto the target and flushes the folder. On any
   * failure the temp file is removed and the target is as it was.
   */
  async save(ticket: string, write: (tempPath: string) => Promise<void>): Promise<SavedFile> {
    const grant = this.live(ticket);
    if (grant?.mode !== 'save') throw unknownTicket();
    this.grants.delete(ticket);
    const temp = tempFileFor(grant.path);
    let renamed = false;
    try {
      await write(temp);
      await flush(temp, this.fs);
      await this.fs.rename(temp, grant.path);
      renamed = true;
      await syncDirectory(dirname(grant.path), this.fs);
    } catch (error) {
      if (!renamed) await this.fs.unlink(temp).catch(() => {});
      if (grant.download) await unlink(grant.path).catch(() => {});
      throw error;
    }
    const { size: bytes } = await stat(grant.path);
    if (!grant.download) return { name: grant.name, bytes };
    const id = randomId();
    this.downloads.set(id, { path: grant.path, name: grant.name, bytes, expires: this.now() + this.downloadMs });
    // A download nobody fetches is deleted when it expires, even if the gate is not asked anything meanwhile.
    setTimeout(() => this.sweep(), this.downloadMs + 1_000).unref();
    return { name: grant.name, bytes, download: `${DOWNLOAD_PREFIX}${id}` };
  }

  /**
   * The written file behind a download URL's id, handed out once: the
   * caller streams it and then deletes it (`finishDownload`).
   */
  takeDownload(id: string): Download | null {
    this.sweep();
    const found = this.downloads.get(id);
    if (!found) return null;
    this.downloads.delete(id);
    return found;
  }

  /** Deletes a served download's file. */
  async finishDownload(download: Download): Promise<void> {
    await unlink(download.path).catch(() => {});
  }

  /** Forgets every ticket and removes the staging folder. */
  async close(): Promise<void> {
    this.grants.clear();
    this.downloads.clear();
    await this.staging.remove();
  }

  private requireShell(): FileShell {
    if (!this.shell) throw new ApiError('invalid-input', message('files:noChooser'));
    return this.shell;
  }

  private add(grant: Grant): string {
    this.sweep();
    const ticket = randomId();
    this.grants.set(ticket, grant);
    return ticket;
  }

  private live(ticket: string): Grant | undefined {
    this.sweep();
    return this.grants.get(ticket);
  }

  /** Expired tickets and downloads go; the gate's own files with them. */
  private sweep(): void {
    const now = this.now();
    for (const [ticket, grant] of this.grants) {
      if (grant.expires > now) continue;
      this.release(ticket);
      if (grant.mode === 'save' && grant.download) void rm(grant.path, { force: true }).catch(() => {});
    }
    for (const [id, download] of this.downloads) {
      if (download.expires > now) continue;
      this.downloads.delete(id);
      void this.finishDownload(download);
    }
  }
}

/** Where the loopback server serves downloads: `/files/<id>`. */
export const DOWNLOAD_PREFIX = '/files/';

/** 32 random bytes, URL-safe: a ticket or download id nobody can guess. */
function randomId(): string {
  return randomBytes(32).toString('base64url');
}

function unknownTicket(): ApiError {
  return new ApiError('not-found', message('files:unknownTicket'));
}

/** The writer may not have flushed its file: the rename must not land before the bytes do. */
async function flush(path: string, fs: WriteFs): Promise<void> {
  const handle = await fs.open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
