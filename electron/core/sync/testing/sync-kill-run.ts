import { runChildLines } from '../../testing/kill-child.ts';

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
export async function runSyncAndKill(script: string, args: readonly string[], nthSync: number, delayMs: number) {
  const run: KilledSync = { saved: [], last: '', syncsDone: 0 };
  let syncs = 0;
  await runChildLines(
    script,
    args,
    (line, kill) => {
      run.last = line;
      if (line.startsWith('ack save ')) run.saved.push(line.slice('ack save '.length));
      else if (line === 'synced') run.syncsDone++;
      else if (line === 'syncing' && ++syncs === nthSync) kill(delayMs);
    },
    false,
  );
  return run;
}
