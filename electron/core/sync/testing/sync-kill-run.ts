import { spawn } from 'node:child_process';

/** What the sync kill child said before it was killed. */
export interface KilledSync {
  /** The annotations whose save it acknowledged. */
  saved: string[];
  /** The last thing it said: a sync started and not finished ("syncing"), or else. */
  last: string;
  syncsDone: number;
}

/**
 * Runs sync-kill-child.ts and kills it with SIGKILL `delayMs` after its `nthSync`-th "syncing" (1 = the first
 * sync), so that kills land inside syncs at spread moments: the commit, the fetch, the merge's write, its
 * commit, the push. A child that fails on its own rejects with its stderr.
 */
export function runSyncAndKill(script: string, args: readonly string[], nthSync: number, delayMs: number) {
  return new Promise<KilledSync>((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const run: KilledSync = { saved: [], last: '', syncsDone: 0 };
    let syncs = 0;
    let buffer = '';
    let errors = '';
    proc.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      errors += chunk;
    });
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        run.last = line;
        if (line.startsWith('ack save ')) run.saved.push(line.slice('ack save '.length));
        else if (line === 'synced') run.syncsDone++;
        else if (line === 'syncing' && ++syncs === nthSync) setTimeout(() => proc.kill('SIGKILL'), delayMs);
      }
    });
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the sync child stopped on its own (${code}): ${errors}`));
      else resolve(run);
    });
  });
}
