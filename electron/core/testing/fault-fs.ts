import { open, rename, unlink } from 'node:fs/promises';
import type { WriteFs } from '../fs/durable-write.ts';

export type FsCall = 'open' | 'write' | 'sync' | 'rename' | 'unlink';

/**
 * A WriteFs that records every call and can fail the Nth one (counting from
 * 1) with an errno code, once or forever: SQLite's fault injection, small.
 */
export function faultFs(failAt: number | null = null, code = 'ENOSPC', forever = false) {
  const calls: string[] = [];
  let count = 0;
  const maybeFail = (what: string) => {
    count++;
    calls.push(what);
    if (failAt !== null && (count === failAt || (forever && count > failAt))) {
      const error = new Error(`${code}: injected failure on ${what}`) as NodeJS.ErrnoException;
      error.code = code;
      throw error;
    }
  };
  const fs: WriteFs = {
    open: (async (path: string, flags: string, mode?: number) => {
      maybeFail(`open ${flags} ${path}`);
      const handle = await open(path, flags, mode);
      return new Proxy(handle, {
        get(target, prop) {
          if (prop === 'writeFile') {
            return async (data: string, enc: BufferEncoding) => {
              maybeFail(`write ${path}`);
              return target.writeFile(data, enc);
            };
          }
          if (prop === 'sync') {
            return async () => {
              maybeFail(`sync ${path}`);
              return target.sync();
            };
          }
          const value = Reflect.get(target, prop);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    }) as WriteFs['open'],
    rename: (async (from: string, to: string) => {
      maybeFail(`rename ${from} -> ${to}`);
      return rename(from, to);
    }) as WriteFs['rename'],
    unlink: (async (path: string) => {
      calls.push(`unlink ${path}`);
      return unlink(path);
    }) as WriteFs['unlink'],
  };
  return { fs, calls, reset: () => (calls.length = 0) };
}
