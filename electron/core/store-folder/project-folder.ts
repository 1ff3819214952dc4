import type { Stats } from 'node:fs';
import { lstat, mkdir, realpath, stat, statfs } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { ApiError } from '../../../shared/ipc/errors.ts';
import { message } from '../../../shared/i18n/message.ts';

/** The folder of a project's texts, as the store names it (project-layout's documentsDir). */
const DOCUMENTS = 'documents';
const DEFAULT_TIMEOUT_MS = 5_000;

/**
 * Folders of the operating system that only look like folders: reading
 * /proc/self/... or /dev/... can block for ever or stream without end, and
 * nothing written there is kept.
 */
const SYSTEM_FOLDERS = process.platform === 'win32' ? [] : ['/proc', '/sys', '/dev'];

/**
 * Kinds of file system (statfs magic numbers, Linux) that hold no files, for
 * when one is mounted somewhere else than its usual place: proc, sysfs,
 * devpts, debugfs, tracefs, securityfs, cgroup, cgroup2, bpf.
 */
const SYSTEM_FILE_SYSTEMS = new Set([
  0x9fa0, 0x62656572, 0x1cd1, 0x64626720, 0x74726163, 0x73636673, 0x27e0eb, 0x63677270, 0xcafe4a11,
]);

/**
 * Makes sure `dir` can hold a project: an existing plain folder, or a path
 * to create under one (any number of new levels). Everything else is refused
 * with a message for the researcher: files, devices, sockets, FIFOs, and the
 * system folders /proc, /sys and /dev, also when reached through a symbolic
 * link. Creates the folder and its documents folder one level at a time,
 * each existing level checked first, because `mkdir -p` on /proc/self or a
 * FIFO's path would follow it blindly. A disk or network drive that stops
 * answering makes this fail after `timeoutMs` (default 5 s) with an `io`
 * error naming the folder, instead of hanging the opening of the project.
 */
export async function prepareProjectFolder(dir: string, options: { timeoutMs?: number } = {}): Promise<void> {
  const folder = resolve(dir);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(
        new ApiError('io', message('errors:folderTimeout', { folder, seconds: Math.round(timeoutMs / 100) / 10 })),
      );
    }, timeoutMs);
  });
  try {
    await Promise.race([prepare(folder), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function prepare(folder: string): Promise<void> {
  refuseSystemFolder(folder, folder);
  const levels = ancestors(folder);
  let deepest = levels[0] as string; // the root, which exists
  let missing = levels.length;
  for (let i = 1; i < levels.length; i++) {
    const level = levels[i] as string;
    const info = await lstatOrNull(level, folder);
    if (!info) {
      missing = i;
      break;
    }
    await requireFolder(level, info, folder);
    deepest = level;
  }
  await refuseSystemFileSystem(deepest, folder);
  for (const level of [...levels.slice(missing), join(folder, DOCUMENTS)]) await makeFolder(level, folder);
}

/** `folder` and every folder above it, the root first. */
function ancestors(folder: string): string[] {
  const levels = [folder];
  for (let up = dirname(folder); up !== levels[0]; up = dirname(up)) levels.unshift(up);
  return levels;
}

/** Creates one level (its parent exists and was checked); one that appeared meanwhile is checked instead. */
async function makeFolder(level: string, folder: string): Promise<void> {
  try {
    await mkdir(level);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw ioError(level, folder, error);
  }
  const info = await lstatOrNull(level, folder);
  if (!info) throw new ApiError('io', message('errors:folderNotCreated', { level, folder }));
  await requireFolder(level, info, folder);
}

/** An existing level must be a plain folder, or a symbolic link to one outside the system folders. */
async function requireFolder(level: string, info: Stats, folder: string): Promise<void> {
  let target = info;
  if (info.isSymbolicLink()) {
    const real = await realpath(level).catch(() => null);
    if (real === null) {
      throw new ApiError('invalid-input', message('errors:folderDanglingLink', { level, folder }));
    }
    refuseSystemFolder(real, folder);
    target = await stat(real).catch((error) => {
      throw ioError(level, folder, error);
    });
  }
  if (!target.isDirectory()) {
    throw new ApiError('invalid-input', message(`errors:folderIs-${kindOf(target)}`, { level, folder }));
  }
}

function refuseSystemFolder(path: string, folder: string): void {
  if (SYSTEM_FOLDERS.some((system) => path === system || path.startsWith(system + sep))) {
    throw new ApiError(
      'invalid-input',
      path === folder
        ? message('errors:folderInSystem', { folder })
        : message('errors:folderLeadsToSystem', { folder, path }),
    );
  }
}

async function refuseSystemFileSystem(level: string, folder: string): Promise<void> {
  if (process.platform !== 'linux') return;
  const info = await statfs(level).catch(() => null);
  if (info && SYSTEM_FILE_SYSTEMS.has(Number(info.type))) {
    throw new ApiError('invalid-input', message('errors:folderSystemFs', { level, folder }));
  }
}

async function lstatOrNull(path: string, folder: string): Promise<Stats | null> {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw ioError(path, folder, error);
  }
}

function kindOf(info: Stats): 'file' | 'device' | 'socket' | 'pipe' | 'other' {
  if (info.isFile()) return 'file';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isSocket()) return 'socket';
  if (info.isFIFO()) return 'pipe';
  return 'other';
}

function ioError(path: string, folder: string, error: unknown): ApiError {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') {
    return new ApiError('io', message('errors:folderDenied', { path, folder }));
  }
  if (code === 'ENOTDIR') return new ApiError('invalid-input', message('errors:folderPartNotFolder', { path, folder }));
  return new ApiError(
    'io',
    message('errors:folderNotPrepared', { folder, reason: String((error as Error)?.message ?? error) }),
  );
}
