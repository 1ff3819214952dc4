import { spawn } from 'node:child_process';

/** What a child loop said before it was killed: the words after each "ack", and whether it finished. */
export interface KilledRun {
  acks: string[][];
  finished: boolean;
}

/**
 * Runs a TypeScript child (`node --import tsx script ...args`), giving each whole line it prints to `onLine`
 * with `kill` (SIGKILL after `ms`). Resolves when it ends by SIGKILL, or on its own with status 0 when
 * `mayFinish`; any other end rejects with what it wrote to stderr.
 */
export function runChildLines(
  script: string,
  args: readonly string[],
  onLine: (line: string, kill: (ms: number) => void) => void,
  mayFinish: boolean,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const kill = (ms: number) => void setTimeout(() => proc.kill('SIGKILL'), ms);
    let buffer = '';
    let errors = '';
    proc.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      errors += chunk;
    });
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) onLine(line, kill);
    });
    proc.on('error', reject);
    proc.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' || (mayFinish && code === 0)) resolve();
      else reject(new Error(`the child stopped on its own (${code ?? signal}): ${errors}`));
    });
  });
}

/**
 * Runs a child loop and kills it with SIGKILL `killAfterMs` after it prints "ready". The loop prints "ack …"
 * after each acknowledged step and "done" at its end.
 */
export async function runAndKill(script: string, args: readonly string[], killAfterMs: number): Promise<KilledRun> {
  const run: KilledRun = { acks: [], finished: false };
  await runChildLines(
    script,
    args,
    (line, kill) => {
      if (line === 'ready') kill(killAfterMs);
      else if (line === 'done') run.finished = true;
      else if (line.startsWith('ack ')) run.acks.push(line.split(' ').slice(1));
    },
    true,
  );
  return run;
}
