import gracefulFs from 'graceful-fs';

/**
 * The file system isomorphic-git is given: graceful-fs's callback functions, which queue an open refused with
 * EMFILE instead of failing. isomorphic-git's checkout opens every file of the tree at once: a clone of 10,000
 * documents (40,000 files) failed with "too many open files" at a limit of 20,000 (a Mac's default is 256).
 * Only the callback functions are handed over: given an object with an enumerable `promises`, isomorphic-git
 * uses that instead, and graceful-fs does not queue those.
 */
const names = [
  'readFile',
  'writeFile',
  'unlink',
  'readdir',
  'mkdir',
  'rmdir',
  'stat',
  'lstat',
  'readlink',
  'symlink',
  'chmod',
  'rm',
] as const;

export const gitFs = Object.fromEntries(
  names.map((name) => [name, (gracefulFs[name] as (...args: unknown[]) => unknown).bind(gracefulFs)]),
) as unknown as typeof import('node:fs');
