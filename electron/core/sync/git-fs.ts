import gracefulFs from 'graceful-fs';

/**
 * The file system isomorphic-git is given:
 * - graceful-fs's callback functions, which queue an open refused with EMFILE instead of failing. isomorphic-git's
 *   checkout opens every file of the tree at once: a clone of 10,000 documents (40,000 files) failed with "too
 *   many open files" at a limit of 20,000 (a Mac's default is 256). Only callback functions are handed over:
 *   given an object with an enumerable `promises`, isomorphic-git uses that instead, which graceful-fs does not
 *   queue;
 * - a writeFile that writes a temporary file beside the target and renames it over: isomorphic-git writes refs,
 *   the index, loose objects and pack indexes in place, so a sync killed mid-write left `main` or the index
 *   empty, or an empty object the next commit of the same content reused (it never rewrites an object whose file
 *   exists). A rename is all or nothing. Leftover `*.glossator-tmp` files are inert: git reads no such names.
 */
let counter = 0;

function writeFile(
  file: string,
  data: unknown,
  options: unknown,
  callback?: (error: NodeJS.ErrnoException | null) => void,
): void {
  const done = (typeof options === 'function' ? options : callback) as (error: NodeJS.ErrnoException | null) => void;
  const opts = typeof options === 'function' ? undefined : options;
  const temp = `${file}.${process.pid}-${++counter}.glossator-tmp`;
  gracefulFs.writeFile(temp, data as string, opts as gracefulFs.WriteFileOptions, (error) => {
    if (error) return done(error);
    gracefulFs.rename(temp, file, (renamed) => {
      if (!renamed) return done(null);
      gracefulFs.unlink(temp, () => done(renamed));
    });
  });
}

const names = [
  'readFile',
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

export const gitFs = Object.fromEntries([
  ...names.map((name) => [name, (gracefulFs[name] as (...args: unknown[]) => unknown).bind(gracefulFs)]),
  ['writeFile', writeFile],
]) as unknown as typeof import('node:fs');
