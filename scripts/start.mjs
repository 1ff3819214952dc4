#!/usr/bin/env node
// `npm start`: builds Glossator and runs it in Electron. Where the Electron runtime is not
// installed, it says so plainly and names the way in that needs no Electron: `npm run serve`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const build = spawnSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const electronDir = join('node_modules', 'electron');
const pathFile = join(electronDir, 'path.txt');
const findBinary = () => {
  const binary = existsSync(pathFile) ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null;
  return binary && existsSync(binary) ? binary : null;
};
let binary = findBinary();
if (!binary && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  // Electron fetches its runtime on first use; try once, where a network allows it.
  console.log('Fetching the Electron runtime (first run only)…');
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit', timeout: 300_000 });
  binary = findBinary();
}
if (!binary) {
  console.error(`
The Electron runtime is not installed on this machine, so Glossator cannot open its own window.
(It is downloaded by \`npm ci\` unless ELECTRON_SKIP_BINARY_DOWNLOAD is set or the download failed.)

Use Glossator in your browser instead — the same app, on this machine only:

    npm run serve

It prints an address (http://127.0.0.1:…/#token=…) to open in Chromium, Chrome or Firefox.
`);
  process.exit(1);
}
const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
