import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { report } from './measure.ts';

export interface RunningServer {
  url: string;
  origin: string;
  token: string;
  pid: number;
  openMs: number;
  stop: () => Promise<void>;
}

/** Starts the built server (out/main/server.js) on a project and waits for its URL. */
export function startServer(projectDir: string, configDir: string): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      [join('out', 'main', 'server.js'), '--project', projectDir, '--config', configDir],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\/#token=([\w-]+)/.exec(output);
      const opened = /Project opened in (\d+) ms/.exec(output);
      if (url && opened) {
        resolve({
          url: url[0],
          origin: new URL(url[0]).origin,
          token: url[1] as string,
          pid: proc.pid as number,
          openMs: Number(opened[1]),
          stop: () =>
            new Promise((done) => {
              proc.once('exit', () => done());
              proc.kill('SIGTERM');
            }),
        });
      }
    });
    proc.on('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
}

/** Peak resident memory of a process in MB (Linux: VmHWM). */
export function peakMemoryMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

/** (d) open the 10,000-document project in the server process, (e) its peak memory afterwards. */
export async function openLargeProject(projectDir: string, configDir: string): Promise<void> {
  const started = performance.now();
  const server = await startServer(projectDir, configDir);
  const ready = performance.now() - started;
  const listStarted = performance.now();
  const response = await fetch(`${server.origin}/api/listDocuments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-glossator-token': server.token },
    body: '{}',
  });
  const list = (await response.json()) as { ok: boolean; value: unknown[] };
  const listMs = performance.now() - listStarted;
  if (!list.ok || list.value.length !== 10_000) throw new Error('listDocuments did not return 10,000 documents');
  report(
    'open 10,000-document project (50,000 annotations) in the server',
    server.openMs,
    'ms',
    1000,
    `(process start to URL ${ready.toFixed(0)} ms; first listDocuments ${listMs.toFixed(0)} ms)`,
  );
  report('peak memory of the server process after opening it', peakMemoryMb(server.pid), 'MB', 300);
  await server.stop();
}
