import { spawn } from 'node:child_process';

/** What a child loop said before it was killed: the words after each "ack", and whether it finished. */
export interface KilledRun {
  acks: string[][];
  finished: boolean;
}

/**
 * Runs a TypeScript child loop (`node --import tsx script ...args`) and kills
 * it with SIGKILL `killAfterMs` after it prints "ready". The loop prints
 * "ack …" after each acknowledged step and "done" at its end; a loop that
 * fails on its own (not killed) rejects with what it wrote to stderr.
 */
export function runAndKill(script: string, args: readonly string[], killAfterMs: number): Promise<KilledRun> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const run: KilledRun = { acks: [], finished: false };
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
        if (line === 'ready') setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
        else if (line === 'done') run.finished = true;
        else if (line.startsWith('ack ')) run.acks.push(line.split(' ').slice(1));
      }
    });
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`the child loop failed: ${errors}`));
      else resolve(run);
    });
  });
}
