import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real git server for tests: git's own smart-HTTP CGI (`git http-backend`, from Debian's `git`) behind a few
 * lines of node:http on 127.0.0.1. Sync is tested against the same protocol GitLab, Gitea and GitHub speak,
 * not against a mock; isomorphic-git has no file:// remotes, so HTTP is the only way in.
 */
export const httpBackendPath = '/usr/lib/git-core/git-http-backend';

/** Why git-server tests cannot run here (no git, no http-backend), or null when they can. */
export function gitServerUnavailable(): string | null {
  if (spawnSync('git', ['--version']).status !== 0) return 'git is not installed (Debian package git)';
  if (!existsSync(httpBackendPath)) return `${httpBackendPath} is missing (Debian package git)`;
  return null;
}

export interface GitServerOptions {
  /** When given, every request needs HTTP Basic auth with exactly this user and token; else 401. */
  auth?: { user: string; token: string };
}

export interface GitServer {
  /** The clone URL of a repository under the server's root (it need not exist: a missing one answers 404). */
  url(repoName: string): string;
  /** Makes an empty bare repository (branch main, pushes allowed) and returns its folder. */
  makeBareRepo(name: string): Promise<string>;
  /** The folder repositories live in (to inspect them with the git command line). */
  root: string;
  /**
   * Runs `hook` once, before the next push's pack reaches git (POST git-receive-pack): a test makes another push
   * land there, between the pusher's look at the remote's refs and its update — the race a retry must survive.
   */
  beforeNextReceivePack(hook: () => Promise<void>): void;
  /** Closes the port (connections then fail: the "offline" case) and removes the repositories. */
  stop(): Promise<void>;
}

export async function startGitServer(options: GitServerOptions = {}): Promise<GitServer> {
  const root = await mkdtemp(join(tmpdir(), 'glossator-git-server-'));
  let receiveHook: (() => Promise<void>) | null = null;
  const server = createServer((req, res) => {
    if (options.auth && !authorized(req, options.auth)) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="glossator-test"', 'Content-Type': 'text/plain' });
      res.end('authentication required\n');
      return;
    }
    const hook = req.method === 'POST' && req.url?.endsWith('/git-receive-pack') ? receiveHook : null;
    if (!hook) return runBackend(root, req, res, options.auth?.user);
    receiveHook = null;
    req.pause(); // The body waits in the stream while the hook runs.
    hook().then(
      () => runBackend(root, req, res, options.auth?.user),
      () => res.writeHead(500).end('test hook failed\n'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  let stopped = false;
  return {
    root,
    url: (repoName) => `http://127.0.0.1:${port}/${repoName}`,
    async makeBareRepo(name) {
      const dir = join(root, name);
      await mkdir(dir, { recursive: true });
      git(['init', '--bare', '-q', '-b', 'main', dir]);
      // Anonymous (or our Basic-auth user's) pushes: http-backend refuses receive-pack without REMOTE_USER otherwise.
      git(['-C', dir, 'config', 'http.receivepack', 'true']);
      return dir;
    },
    beforeNextReceivePack(hook) {
      receiveHook = hook;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(root, { recursive: true, force: true });
    },
  };
}

function git(args: string[]): void {
  const result = spawnSync('git', args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
}

function authorized(req: IncomingMessage, auth: { user: string; token: string }): boolean {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Basic ')) return false;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  return decoded === `${auth.user}:${auth.token}`;
}

/** One request through the CGI: request meta-variables in the environment, body on stdin, headers + body out. */
function runBackend(root: string, req: IncomingMessage, res: ServerResponse, user: string | undefined): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GIT_PROJECT_ROOT: root,
    GIT_HTTP_EXPORT_ALL: '1',
    PATH_INFO: decodeURIComponent(url.pathname),
    QUERY_STRING: url.search.slice(1),
    REQUEST_METHOD: req.method ?? 'GET',
    CONTENT_TYPE: req.headers['content-type'] ?? '',
    REMOTE_USER: user ?? '',
    REMOTE_ADDR: '127.0.0.1',
  };
  if (req.headers['content-length']) env.CONTENT_LENGTH = req.headers['content-length'];
  if (req.headers['content-encoding']) env.HTTP_CONTENT_ENCODING = req.headers['content-encoding'];
  const protocol = req.headers['git-protocol'];
  if (typeof protocol === 'string') env.GIT_PROTOCOL = protocol;

  const child = spawn(httpBackendPath, [], { env, stdio: ['pipe', 'pipe', 'ignore'] });
  req.pipe(child.stdin);
  child.stdin.on('error', () => {}); // The CGI may answer (404) before reading the body.
  let head = Buffer.alloc(0);
  let headersSent = false;
  child.stdout.on('data', (chunk: Buffer) => {
    if (headersSent) {
      res.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const end = headerEnd(head);
    if (!end) return;
    writeCgiHead(res, head.subarray(0, end.at).toString('latin1'));
    headersSent = true;
    const rest = head.subarray(end.at + end.length);
    if (rest.length > 0) res.write(rest);
  });
  child.on('close', () => {
    if (!headersSent) res.writeHead(502).end('bad gateway: no CGI headers\n');
    else res.end();
  });
  child.on('error', () => {
    if (!res.headersSent) res.writeHead(500);
    res.end();
  });
}

/** Where the CGI's header block ends (a blank line, CRLF or LF), or null while it has not arrived whole. */
function headerEnd(buffer: Buffer): { at: number; length: number } | null {
  const crlf = buffer.indexOf('\r\n\r\n');
  const lf = buffer.indexOf('\n\n');
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return { at: crlf, length: 4 };
  if (lf >= 0) return { at: lf, length: 2 };
  return null;
}

/** CGI headers to an HTTP status line and headers: `Status: 404 Not Found` sets the status, the rest pass on. */
function writeCgiHead(res: ServerResponse, block: string): void {
  let status = 200;
  let reason = 'OK';
  const headers: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === 'status') {
      const match = /^(\d{3})\s*(.*)$/.exec(value);
      if (match) {
        status = Number(match[1]);
        reason = match[2] || reason;
      }
    } else headers[name] = value;
  }
  res.writeHead(status, reason, headers);
}
