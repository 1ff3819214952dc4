import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

let known: string | null = null;

/**
 * Glossator's version, as package.json says, for a bundle's manifest. Found
 * by walking up from the running script and from the working folder (the
 * source tree, the build in out/, the CLI and the packaged app all sit below
 * it); a bundle is never refused for a version it could not name.
 */
export function appVersion(): string {
  if (known) return known;
  for (const start of [process.argv[1] ? dirname(resolve(process.argv[1])) : null, process.cwd()]) {
    for (let dir = start; dir; dir = dirname(dir) === dir ? null : dirname(dir)) {
      try {
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
          name?: unknown;
          version?: unknown;
        };
        if (pkg.name === 'glossator' && typeof pkg.version === 'string') {
          known = pkg.version;
          return known;
        }
      } catch {
        // No package.json here (or not ours): look further up.
      }
    }
  }
  known = 'unknown';
  return known;
}
