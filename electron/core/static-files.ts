import { constants, type Stats } from 'node:fs';
import { type FileHandle, lstat, open, realpath } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';

/**
 * The page's Content Security Policy, the same in Electron and in the
 * browser: only the app's own scripts and styles, no inline script, no
 * remote origins, no plugins, no framing.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Maps a URL path to a file of the renderer build, or null when the path
 * would leave `root` (../, encoded slashes, NUL) or names an unknown kind of
 * file. "/" serves index.html.
 */
export function resolveStaticFile(root: string, urlPath: string): { file: string; contentType: string } | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  if (path === '/' || path === '') path = '/index.html';
  const base = resolve(root);
  const file = resolve(base, `.${path}`);
  if (!file.startsWith(base + sep)) return null;
  const contentType = contentTypes[extname(file).toLowerCase()];
  return contentType ? { file, contentType } : null;
}

/** A file of the renderer build, open for reading: the caller closes `handle`. */
export interface StaticFile {
  handle: FileHandle;
  size: number;
  contentType: string;
}

// Where the system has no O_NOFOLLOW (Windows) the lstat walk alone refuses links.
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * Opens the file of the renderer build a URL path names (see
 * resolveStaticFile), or gives null. Only a regular file reached through
 * plain folders is served: every level under `root` is checked with lstat
 * and a symbolic link anywhere, even one pointing inside the build, is
 * refused, so that a link left in the folder (or planted there) cannot
 * publish /etc/passwd or the project's texts. The file is opened without
 * following a link and must be the one checked.
 */
export async function openStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  const found = resolveStaticFile(root, urlPath);
  if (!found) return null;
  const base = await realpath(resolve(root)).catch(() => null);
  if (base === null) return null;
  const parts = relative(resolve(root), found.file).split(sep);
  let path = base;
  let info: Stats | null = null;
  for (const [i, part] of parts.entries()) {
    path = join(path, part);
    info = await lstat(path).catch(() => null);
    if (!info || info.isSymbolicLink()) return null;
    if (i < parts.length - 1 ? !info.isDirectory() : !info.isFile()) return null;
  }
  if (!info) return null;
  const handle = await open(path, constants.O_RDONLY | NO_FOLLOW).catch(() => null);
  if (!handle) return null;
  const opened = await handle.stat().catch(() => null);
  if (!opened?.isFile() || opened.ino !== info.ino || opened.dev !== info.dev) {
    await handle.close().catch(() => {});
    return null;
  }
  return { handle, size: opened.size, contentType: found.contentType };
}
