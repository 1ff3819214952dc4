#!/usr/bin/env node
// `npm start`: builds Glossator and runs it in Electron. Where the Electron runtime is not
// installed, it says so plainly and names the way in that needs no Electron: `npm run serve`.
// The runtime is looked for first, before the build: a missing one is then told in a moment,
// and nothing else (the installer's stack trace, the build's output) is printed before the message.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const electronDir = join('node_modules', 'electron');
const pathFile = join(electronDir, 'path.txt');
const findBinary = () => {
  const binary = existsSync(pathFile) ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null;
  return binary && existsSync(binary) ? binary : null;
};

// Electron 45's installer (@electron/get) asks for Node 22.12 or later; on older Node it is not tried.
const [major, minor] = process.versions.node.split('.').map(Number);
const nodeFitsInstaller = major > 22 || (major === 22 && minor >= 12);

let binary = findBinary();
let why = '';
if (!binary && process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  why = 'ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not downloaded.';
} else if (!binary && !nodeFitsInstaller) {
  why = `Its installer needs Node 22.12 or later; this is Node ${process.versions.node}.`;
} else if (!binary) {
  // Electron fetches its runtime on first use; try once, where a network allows it. Its output is
  // kept: on failure it is a stack trace, of which only the first line (the reason) is shown.
  console.log('Fetching the Electron runtime (first run only)…');
  const fetched = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 300_000,
  });
  binary = findBinary();
  const reason =
    `${fetched.stderr ?? ''}`.split('\n').find((line) => /^\w*Error\b/.test(line)) ?? fetched.error?.message;
  if (!binary) why = `The download failed${reason ? `: ${reason.trim()}` : ''}.`;
}
if (!binary) {
  console.error(`
The Electron runtime is not installed on this machine, so Glossator cannot open its own window.
${why}

Use Glossator in your browser instead — the same app, on this machine only (Node 20 or later):

    npm run serve

It prints an address (http://127.0.0.1:…/#token=…) to open in Chromium, Chrome or Firefox.
`);
  process.exit(1);
}

const build = spawnSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
