#!/usr/bin/env node
// `npm run cli -- COMMAND [options]`: runs out/main/cli.js (electron/cli), building first only when the build
// is missing or older than the sources, so scripted pipelines do not wait for a build on every call. The build's
// own output goes to stderr, so stdout stays exactly what the command prints (e.g. one JSON object).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { nodeFlagsFor } from './cli-flags.mjs';

const entry = join('out', 'main', 'cli.js');

/** The newest modification time below `dir` (source files only). */
function newest(dir) {
  let latest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) latest = Math.max(latest, newest(path));
    else if (/\.(ts|tsx|json)$/.test(e.name)) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

const stale =
  !existsSync(entry) ||
  Math.max(newest('electron'), newest('shared'), statSync('package-lock.json').mtimeMs) > statSync(entry).mtimeMs;
if (stale) {
  const build = spawnSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], { stdio: ['ignore', 2, 2] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const args = process.argv.slice(2);
const nodeFlags = nodeFlagsFor(args.find((a) => !a.startsWith('-')));
const run = spawnSync(process.execPath, [...nodeFlags, entry, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
