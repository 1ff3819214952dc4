import { spawn } from 'node:child_process';
import { mkdir, symlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gitCli, writeFiles } from './sync-fixture.ts';

/**
 * What a hostile or broken shared repository may hold, made with git's own command line straight into the
 * server's bare repository: the bad-input tests then fetch it the way a colleague's push would bring it.
 */
const who = ['-c', 'user.name=Eve', '-c', 'user.email=eve@glossator.invalid'];

/** Git with `input` on stdin (hash-object, mktree), asynchronous like gitCli. */
export function gitInput(cwd: string, input: string, ...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: cwd };
    const proc = spawn('git', args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let errors = '';
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
    });
    proc.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      errors += chunk;
    });
    proc.on('close', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`git ${args[0]}: ${errors}`))));
    proc.stdin.on('error', () => {}); // commit-tree -m reads no stdin, and may be gone before it is written.
    proc.stdin.end(input);
  });
}

export interface CliChange {
  /** Files to write (relative path → text). */
  files?: Record<string, string>;
  /** Symbolic links to make (relative path → target). */
  links?: Record<string, string>;
  /** Files to remove. */
  removed?: string[];
}

/**
 * Commits `change` on top of the bare repository's main from a scratch clone (`scratch`: a folder that does not
 * exist yet) and pushes it there. Returns the new commit.
 */
export async function pushWithCli(bare: string, scratch: string, change: CliChange): Promise<string> {
  await mkdir(dirname(scratch), { recursive: true });
  const cloned = await gitCli(dirname(scratch), 'clone', '-q', bare, scratch);
  if (cloned.code !== 0) throw new Error(`git clone ${bare} failed`);
  await gitCli(scratch, 'checkout', '-q', '-B', 'main');
  await writeFiles(scratch, change.files ?? {});
  for (const [path, target] of Object.entries(change.links ?? {})) {
    await mkdir(dirname(join(scratch, path)), { recursive: true });
    await symlink(target, join(scratch, path));
  }
  for (const path of change.removed ?? []) await gitCli(scratch, 'rm', '-q', path);
  await gitCli(scratch, 'add', '-A');
  if ((await gitCli(scratch, ...who, 'commit', '-q', '-m', 'Eve: a change made outside Glossator')).code !== 0) {
    throw new Error('git commit failed');
  }
  if ((await gitCli(scratch, 'push', '-q', 'origin', 'main')).code !== 0) throw new Error('git push failed');
  return (await gitCli(scratch, 'rev-parse', 'HEAD')).stdout;
}

/**
 * Makes main of the bare repository a commit whose root tree is main's plus one entry named `name` (any name:
 * git's plumbing writes `..`, `.git` or a backslash where git's porcelain would refuse), a folder holding
 * `actors.json` with `text`. Returns the commit made and the one main had before (to put back).
 */
export async function commitEntryNamed(bare: string, name: string, text: string) {
  const before = (await gitCli(bare, 'rev-parse', 'main')).stdout;
  const blob = await gitInput(bare, text, 'hash-object', '-w', '--stdin');
  const inner = await gitInput(bare, `100644 blob ${blob}\tactors.json\n`, 'mktree');
  const root = (await gitCli(bare, 'ls-tree', 'main')).stdout;
  const tree = await gitInput(bare, `${root}\n040000 tree ${inner}\t${name}\n`, 'mktree');
  const commit = await gitInput(
    bare,
    '',
    ...who,
    'commit-tree',
    tree,
    '-p',
    before,
    '-m',
    `Eve: an entry named ${name}`,
  );
  if ((await gitCli(bare, 'update-ref', 'refs/heads/main', commit, before)).code !== 0) throw new Error('update-ref');
  return { commit, before };
}

/** Puts the bare repository's main back at `commit`. */
export async function resetMain(bare: string, commit: string): Promise<void> {
  if ((await gitCli(bare, 'update-ref', 'refs/heads/main', commit)).code !== 0) throw new Error('update-ref');
}
